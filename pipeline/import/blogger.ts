import { isLater, normalizeAtomDate } from './dates';
import { permalinkPath, slugOfPath } from './permalink';
import { sanitizeBody } from './sanitize-body';
import { emptySkipCounts, type ParsedExport, type SourcePost } from './source-post';
import { plainText } from './text';
import { attr, child, children, text, type XmlNode } from './xml';

const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
const KIND_PREFIX = 'http://schemas.google.com/blogger/2008/kind#';

/**
 * What an entry is. Classic exports say it with a `kind` category; the 2018 schema of Google
 * Takeout says it with `<blogger:type>`.
 */
function kindOf(entry: XmlNode): string {
  const kind = children(entry, 'category').find((c) => attr(c, 'scheme') === KIND_SCHEME);
  if (kind) return attr(kind, 'term').replace(KIND_PREFIX, '');
  return text(entry['blogger:type']).toLowerCase();
}

type Status = 'live' | 'draft' | 'other';

function statusOf(entry: XmlNode): Status {
  if (text(child(child(entry, 'app:control'), 'app:draft')).toLowerCase() === 'yes') return 'draft';
  const status = text(entry['blogger:status']).toUpperCase();
  if (status === 'DRAFT') return 'draft';
  return status === '' || status === 'LIVE' ? 'live' : 'other';
}

function entryTitle(entry: XmlNode): string {
  const title = child(entry, 'title');
  const raw = text(title);
  return attr(title, 'type') === 'html' ? plainText(raw) : raw.replace(/\s+/g, ' ');
}

function permalinkOf(entry: XmlNode): string | null {
  const alternate = children(entry, 'link').find(
    (l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'text/html',
  );
  return permalinkPath(attr(alternate, 'href')) ?? permalinkPath(text(entry['blogger:filename']));
}

// Blogger names posts whose titles have no Latin letters (and untitled ones) `blog-post_NN.html`;
// such a slug says nothing, so the title's slug is used and the old path stays as an alias.
const GENERIC_SLUG = /^blog-post(_\d+)?$/;

function sourceSlugOf(path: string): string | undefined {
  const slug = slugOfPath(path);
  return slug && !GENERIC_SLUG.test(slug) ? slug : undefined;
}

function describe(title: string, id: string): string {
  return title ? `"${title}" (${id})` : id || 'an untitled entry';
}

function readPost(entry: XmlNode, problems: string[]): SourcePost | null {
  const id = text(entry.id);
  const title = entryTitle(entry);
  const rawPublished = text(entry.published);
  const published = normalizeAtomDate(rawPublished);
  if (!published) {
    problems.push(
      rawPublished
        ? `Blogger post ${describe(title, id)} has an unreadable date: <published>${rawPublished}</published>`
        : `Blogger post ${describe(title, id)} has no <published> date`,
    );
    return null;
  }
  const updated = normalizeAtomDate(text(entry.updated));
  const path = permalinkOf(entry);
  const labels = children(entry, 'category')
    .filter((c) => attr(c, 'scheme') !== KIND_SCHEME)
    .map((c) => attr(c, 'term').replace(/\s+/g, ' '))
    .filter(Boolean);
  return {
    id: /\.post-(\d+)$/.exec(id)?.[1] ?? id,
    title,
    published,
    ...(updated && isLater(updated, published) ? { updated } : {}),
    author: text(child(child(entry, 'author'), 'name')) || 'Unknown',
    labels,
    html: sanitizeBody(text(entry.content)),
    sourceSlug: path ? sourceSlugOf(path) : undefined,
    aliases: path ? [path] : [],
  };
}

/** Reads a Blogger Atom export (classic, or the 2018 schema of Google Takeout). */
export function readBlogger(feed: XmlNode): ParsedExport {
  const result: ParsedExport = {
    blog: { title: plainText(text(feed.title)), description: plainText(text(feed.subtitle)) },
    posts: [],
    skipped: emptySkipCounts(),
    problems: [],
    warnings: [],
  };
  for (const entry of children(feed, 'entry')) {
    const kind = kindOf(entry);
    if (kind === 'comment') result.skipped.comments++;
    else if (kind === 'page') result.skipped.pages++;
    else if (kind !== 'post') result.skipped.other++;
    else {
      const status = statusOf(entry);
      if (status === 'draft') result.skipped.drafts++;
      else if (status === 'other') result.skipped.other++;
      else {
        const post = readPost(entry, result.problems);
        if (post) result.posts.push(post);
      }
    }
  }
  return result;
}
