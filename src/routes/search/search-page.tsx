import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useLoaderData } from 'react-router';
import { FilterChips } from '../../components/filter-chips';
import { Pagination } from '../../components/pagination';
import { PrefetchLink } from '../../components/prefetch-link';
import { paths } from '../../contract/paths';
import type { LabelsIndex, Month } from '../../contract/schemas';
import { labelsQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { SEARCH_PAGE_SIZE } from '../../data/search-archive';
import { MAX_QUERY_LENGTH, searchTerm } from '../../data/search-term';
import { searchQuery } from '../../data/search-queries';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NarrowSearch } from './narrow-search';
import { NoResults } from './no-results';
import { SearchPending } from './search-pending';
import { SearchResult } from './search-result';

type Target = TargetOf<'search'>;
type Change = { label?: string | null; month?: Month | null; page?: number };

function SearchStart() {
  return (
    <>
      <h1 id="view-heading">Search the archive</h1>
      <p>
        Type a few words in the search box at the top of the page (press <kbd>/</kbd> to get there). Titles,
        summaries and whole articles are searched; put words in quotes to find them side by side.
      </p>
    </>
  );
}

type HitsProps = {
  target: Target;
  term: string;
  labels: LabelsIndex;
  narrowedTo: string | null;
  href: (change: Change) => string;
};

/** One page of results, once the index has answered. */
function SearchHits({ target, term, labels, narrowedTo, href }: HitsProps) {
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

/** The words and filters at once; the results as soon as the index has answered. */
function SearchResults({ target, term }: { target: Target; term: string }) {
  const { q, label, month, page } = target;
  const { data: labels } = useSuspenseQuery(labelsQuery());

  const href = (change: Change) => {
    const next = { label, month, ...change };
    return paths.search({
      q,
      label: next.label ?? undefined,
      month: next.month ?? undefined,
      page: change.page,
    });
  };
  const name = label ? labelName(labels, label) : null;
  const monthName = month ? formatMonth(month) : null;
  const narrowedTo =
    [name && `labelled ${name}`, monthName && `in ${monthName}`].filter(Boolean).join(' ') || null;

  return (
    <>
      <h1 id="view-heading" className="search-heading">
        Search: “{term}”
      </h1>
      {q.trim().length > MAX_QUERY_LENGTH && (
        <p className="search-note">Only the first {MAX_QUERY_LENGTH} characters of your search were used.</p>
      )}
      <FilterChips
        filters={[
          ...(name ? [{ text: `Label: ${name}`, removeHref: href({ label: null }) }] : []),
          ...(monthName ? [{ text: `Month: ${monthName}`, removeHref: href({ month: null }) }] : []),
        ]}
      />
      {/* Keyed by the search, so another search shows "Searching…" rather than the old results. */}
      <Suspense key={JSON.stringify([term, label, month, page])} fallback={<SearchPending />}>
        <SearchHits target={target} term={term} labels={labels} narrowedTo={narrowedTo} href={href} />
      </Suspense>
    </>
  );
}

/** `/search?q=…&label=…&month=…&page=N`: the archive's articles that match, best first. */
export function SearchPage() {
  const target = useLoaderData<Target>();
  const term = searchTerm(target.q);
  useDocumentTitle(term ? `Search: ${term}${target.page > 1 ? `, page ${target.page}` : ''}` : 'Search');
  return (
    <section className="list-view search-view" aria-labelledby="view-heading">
      {term ? <SearchResults target={target} term={term} /> : <SearchStart />}
    </section>
  );
}
