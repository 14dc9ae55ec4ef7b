import { paths } from '../../contract/paths';
import type { ArticleSummary } from '../../contract/schemas';
import { FormattedDate } from '../../components/formatted-date';
import { PrefetchLink } from '../../components/prefetch-link';

export function RelatedArticles({ items, timeZone }: { items: ArticleSummary[]; timeZone: string }) {
  if (items.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related articles</h2>
      <ul>
        {items.map((article) => (
          <li key={article.slug}>
            <PrefetchLink to={paths.article(article)}>{article.title}</PrefetchLink>{' '}
            <FormattedDate
              iso={article.published}
              timeZone={timeZone}
              dateStyle="long"
              className="related-date"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
