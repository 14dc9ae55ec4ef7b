import { useQuery } from '@tanstack/react-query';
import { paths } from '../contract/paths';
import { feedQuery, siteQuery } from '../data/queries';
import { excerpt } from '../lib/excerpt';
import { FormattedDate } from './formatted-date';
import { PrefetchLink } from './prefetch-link';
import { WidgetError } from './widget-error';
import { WidgetSkeleton } from './skeletons';

const SHOWN = 10;

export function NewestArticles() {
  const site = useQuery(siteQuery());
  const feed = useQuery(feedQuery(1));

  let body: React.ReactNode;
  if (feed.isError || site.isError) {
    body = (
      <WidgetError
        what="the newest articles"
        onRetry={() => {
          if (site.isError) void site.refetch();
          if (feed.isError) void feed.refetch();
        }}
      />
    );
  } else if (!feed.data || !site.data) {
    body = <WidgetSkeleton rows={SHOWN * 2} />;
  } else {
    const { timeZone } = site.data;
    body = (
      <ol className="newest-list">
        {feed.data.items.slice(0, SHOWN).map((article) => (
          <li key={article.slug}>
            <PrefetchLink to={paths.article(article)} className="newest-title">
              {article.title}
            </PrefetchLink>
            <FormattedDate
              iso={article.published}
              timeZone={timeZone}
              dateStyle="long"
              className="newest-date"
            />
            {article.summary && <p className="newest-excerpt">{excerpt(article.summary, 140)}</p>}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section className="widget" aria-labelledby="newest-heading">
      <h2 id="newest-heading">Latest articles</h2>
      {body}
    </section>
  );
}
