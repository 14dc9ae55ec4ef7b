import { isLater, wordpressDate } from './dates';
import { decodeSlug, permalinkPath } from './permalink';
import { sanitizeBody } from './sanitize-body';
import { emptySkipCounts, type ParsedExport, type SourcePost } from './source-post';
import { plainText } from './text';
import { attr, child, children, text, type XmlNode } from './xml';
import { renderWordPressBody } from './wordpress-body';

const DRAFT_STATUSES = new Set(['draft', 'pending', 'auto-draft', 'future']);
const LABEL_DOMAINS = new Set(['category', 'post_tag']);

/** dc:creator holds the author's login; the channel's wp:author entries give their display names. */
function authorNames(channel: XmlNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const author of children(channel, 'wp:author')) {
    const login = text(author['wp:author_login']);
    const name = plainText(text(author['wp:author_display_name']));
    if (login && name) names.set(login, name);
  }
  return names;
}

function labelsOf(item: XmlNode): string[] {
  const names = children(item, 'category')
    .filter((c) => LABEL_DOMAINS.has(attr(c, 'domain')))
    .map((c) => plainText(text(c)))
    .filter(Boolean);
  return [...new Set(names)];
}

function aliasesOf(item: XmlNode, postId: string): string[] {
  const aliases = [permalinkPath(text(item.link))];
  const guid = permalinkPath(text(item.guid));
  aliases.push(guid && /[?&]p=\d+/.test(guid) ? guid : postId ? `/?p=${postId}` : null);
  return [...new Set(aliases.filter((a): a is string => a !== null))];
}

function readPost(item: XmlNode, authors: Map<string, string>, result: ParsedExport): SourcePost | null {
  const postId = text(item['wp:post_id']);
  const title = plainText(text(item.title));
  const name = title ? `"${title}" (ID ${postId || '?'})` : `ID ${postId || '?'}`;
  const local = text(item['wp:post_date']);
  const gmt = text(item['wp:post_date_gmt']);
  const published = wordpressDate(local, gmt);
  if (!published.ok) {
    result.problems.push(
      `WordPress post ${name} has no readable date: post_date "${local}", post_date_gmt "${gmt}"`,
    );
    return null;
  }
  if (published.warning) result.warnings.push(`WordPress post ${name}: ${published.warning}`);
  const modified = wordpressDate(text(item['wp:post_modified']), text(item['wp:post_modified_gmt']));
  const updated = modified.ok && !modified.warning && isLater(modified.value, published.value);
  const creator = text(item['dc:creator']);
  const postName = decodeSlug(text(item['wp:post_name']));
  return {
    id: postId,
    title,
    published: published.value,
    ...(updated ? { updated: modified.value } : {}),
    author: authors.get(creator) ?? (creator || 'Unknown'),
    labels: labelsOf(item),
    html: sanitizeBody(renderWordPressBody(text(item['content:encoded']))),
    ...(postName ? { sourceSlug: postName } : {}),
    aliases: aliasesOf(item, postId),
  };
}

/** Reads a WordPress export (WXR): published posts only; categories and tags become labels. */
export function readWordPress(rss: XmlNode): ParsedExport {
  const channel = child(rss, 'channel');
  const authors = authorNames(channel ?? {});
  const result: ParsedExport = {
    blog: { title: plainText(text(channel?.title)), description: plainText(text(channel?.description)) },
    posts: [],
    skipped: emptySkipCounts(),
    problems: [],
    warnings: [],
  };
  for (const item of children(channel, 'item')) {
    result.skipped.comments += children(item, 'wp:comment').length;
    const type = text(item['wp:post_type']);
    const status = text(item['wp:status']);
    if (type === 'page') result.skipped.pages++;
    else if (type !== 'post') result.skipped.other++;
    else if (DRAFT_STATUSES.has(status)) result.skipped.drafts++;
    else if (status !== 'publish') result.skipped.other++;
    else if (text(item['wp:post_password'])) {
      result.skipped.other++;
      result.warnings.push(`skipped password-protected post "${plainText(text(item.title))}"`);
    } else {
      const post = readPost(item, authors, result);
      if (post) result.posts.push(post);
    }
  }
  return result;
}
