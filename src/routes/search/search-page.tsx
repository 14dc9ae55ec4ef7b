import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { FilterChips } from '../../components/filter-chips';
import { Pagination } from '../../components/pagination';
import { paths } from '../../contract/paths';
import type { Month } from '../../contract/schemas';
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
import { SearchResult } from './search-result';

type Target = TargetOf<'search'>;

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

function SearchResults({ target, term }: { target: Target; term: string }) {
  const { q, label, month, page } = target;
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: labels } = useSuspenseQuery(labelsQuery());
  const { data: results } = useSuspenseQuery(searchQuery(target));

  const href = (change: { label?: string | null; month?: Month | null; page?: number }) => {
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
      {results.total === 0 ? (
        <NoResults term={term} q={q} narrowedTo={narrowedTo} />
      ) : (
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
      )}
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
