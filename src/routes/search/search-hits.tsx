import { useSuspenseQuery } from '@tanstack/react-query';
import { Pagination } from '../../components/pagination';
import { PrefetchLink } from '../../components/prefetch-link';
import type { LabelsIndex, Month } from '../../contract/schemas';
import { siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { SEARCH_PAGE_SIZE } from '../../data/search-page';
import { searchQuery } from '../../data/search-queries';
import { NarrowSearch } from './narrow-search';
import { NoResults } from './no-results';
import { SearchResult } from './search-result';

export type SearchChange = { label?: string | null; month?: Month | null; page?: number };

type HitsProps = {
  target: TargetOf<'search'>;
  term: string;
  labels: LabelsIndex;
  narrowedTo: string | null;
  href: (change: SearchChange) => string;
};

/** One page of results, once the index has answered. */
export function SearchHits({ target, term, labels, narrowedTo, href }: HitsProps) {
  const { q, label, month, page } = target;
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: results } = useSuspenseQuery(searchQuery(target));

  if (results.total === 0) return <NoResults term={term} q={q} narrowedTo={narrowedTo} />;
  if (page > results.pageCount)
    return (
      <p className="empty">
        There is no page {page} of these results.{' '}
        <PrefetchLink to={href({ page: 1 })}>See the first page</PrefetchLink>.
      </p>
    );
  return (
    <>
      <p className="list-summary">
        {results.total} {results.total === 1 ? 'article' : 'articles'}
        {narrowedTo && ` ${narrowedTo}`}, best matches first
        {results.pageCount > 1 && ` · page ${results.page} of ${results.pageCount}`}
      </p>
      <ol className="article-list search-results" start={(page - 1) * SEARCH_PAGE_SIZE + 1}>
        {results.items.map((hit) => (
          <li key={hit.slug}>
            <SearchResult hit={hit} labels={labels} timeZone={site.timeZone} />
          </li>
        ))}
      </ol>
      <Pagination page={results.page} pageCount={results.pageCount} href={(p) => href({ page: p })} />
      <NarrowSearch
        items={results.items}
        labels={labels}
        labelHref={label ? null : (slug) => href({ label: slug })}
        monthHref={month ? null : (m) => href({ month: m })}
      />
    </>
  );
}
