/** The three feed formats the pipeline writes for the whole site and for each label. */
export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;

export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The file name of each format, inside `feeds/` (the site) or `feeds/labels/{label}/`. */
export const FEED_FILES: Record<FeedFormat, string> = {
  atom: 'atom.xml',
  rss: 'rss.xml',
  json: 'feed.json',
};

/** What `<link rel="alternate" type>` announces for each format. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml',
  rss: 'application/rss+xml',
  json: 'application/feed+json',
};

export const FEED_NAMES: Record<FeedFormat, string> = { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' };

/** Where feeds point when `content/site.json` has no `url`: a reserved name that can never resolve. */
export const PLACEHOLDER_SITE_URL = 'https://hyperread.invalid';
