import { readBlogger } from './blogger';
import { ImportError } from './import-error';
import type { ParsedExport } from './source-post';
import { readWordPress } from './wordpress';
import { attr, child, children, text, type XmlNode } from './xml';

export const FORMATS = ['blogger', 'wordpress'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const FORMAT_NAMES: Record<ExportFormat, string> = {
  blogger: 'a Blogger export (Atom)',
  wordpress: 'a WordPress export (WXR)',
};

// A blog's public feed is the usual mistake: it looks like an export but lacks drafts, labels and ids.
const ROOT_HINTS: Record<string, string> = {
  rss: 'it is an RSS feed without WordPress export data (in WordPress, use Tools → Export)',
  feed: 'it is an Atom feed, but not a Blogger export (in Blogger, use Settings → Back up content)',
};

function isBlogger(feed: XmlNode | undefined): boolean {
  if (!feed || attr(feed, 'xmlns') !== 'http://www.w3.org/2005/Atom') return false;
  if (text(feed.id).startsWith('tag:blogger.com,') || text(feed.generator) === 'Blogger') return true;
  return children(feed, 'entry').some(
    (e) =>
      e['blogger:type'] !== undefined ||
      children(e, 'category').some((c) => attr(c, 'term').startsWith('http://schemas.google.com/blogger/')),
  );
}

function isWordPress(rss: XmlNode | undefined): boolean {
  if (!rss) return false;
  const declaresWxr = Object.entries(rss).some(
    ([key, value]) => key.startsWith('@_xmlns:') && /wordpress\.org\/export\//.test(String(value)),
  );
  return declaresWxr || child(rss, 'channel')?.['wp:wxr_version'] !== undefined;
}

function detect(doc: XmlNode): ExportFormat | null {
  if (isBlogger(child(doc, 'feed'))) return 'blogger';
  if (isWordPress(child(doc, 'rss'))) return 'wordpress';
  return null;
}

/** Reads a parsed export as the format the user named, or says what the file really is. */
export function readExport(doc: XmlNode, from: ExportFormat, fileName: string): ParsedExport {
  const format = detect(doc);
  if (format === null) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '(none)';
    const hint = ROOT_HINTS[root] ?? `its root element is <${root}>`;
    throw new ImportError([
      `${fileName} is XML but neither a Blogger export (Atom) nor a WordPress export (WXR): ${hint}`,
    ]);
  }
  if (format !== from) {
    throw new ImportError([
      `${fileName} is ${FORMAT_NAMES[format]}, not ${FORMAT_NAMES[from]}: use --from ${format}`,
    ]);
  }
  return format === 'blogger' ? readBlogger(child(doc, 'feed')!) : readWordPress(child(doc, 'rss')!);
}
