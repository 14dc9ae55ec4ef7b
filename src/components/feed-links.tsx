import { Fragment } from 'react';
import { apiPaths } from '../contract/api-paths';
import { FEED_FORMATS, FEED_MEDIA_TYPES, FEED_NAMES } from '../contract/feeds';
import { apiUrl } from '../data/api-url';

/**
 * A label's feeds: visible links, and `<link rel="alternate">` that React hoists into `<head>`
 * (removed again when the view changes), so a feed reader given the page finds them too.
 */
export function LabelFeedLinks({ label, name }: { label: string; name: string }) {
  const feeds = FEED_FORMATS.map((format) => ({
    format,
    href: apiUrl(apiPaths.labelFeed(label, format)),
    type: FEED_MEDIA_TYPES[format],
    name: FEED_NAMES[format],
  }));
  return (
    <>
      {feeds.map((feed) => (
        <link
          key={feed.format}
          rel="alternate"
          type={feed.type}
          title={`${name} (${feed.name})`}
          href={feed.href}
        />
      ))}
      <p className="feed-links">
        Follow {name} in a feed reader:{' '}
        {feeds.map((feed, i) => (
          <Fragment key={feed.format}>
            {i > 0 && ' · '}
            <a href={feed.href} type={feed.type}>
              {feed.name}
            </a>
          </Fragment>
        ))}
      </p>
    </>
  );
}
