import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useLoaderData } from 'react-router';
import { FilterChips } from '../../components/filter-chips';
import { paths } from '../../contract/paths';
import { labelsQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { MAX_QUERY_LENGTH, searchTerm } from '../../data/search-term';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WidgetError } from '../../components/widget-error';
import { useDeferredModule } from '../../lib/use-deferred-module';
import type { SearchChange } from './search-hits';
import { searchHitsModule } from './search-hits-module';
import { SearchPending } from './search-pending';

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

/** The words and filters at once; the results as soon as the index has answered. */
function SearchResults({ target, term }: { target: Target; term: string }) {
  const { q, label, month, page } = target;
  const { data: labels } = useSuspenseQuery(labelsQuery());
  const hits = useDeferredModule(searchHitsModule);

  const href = (change: SearchChange) => {
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
        {hits.module ? (
          <hits.module.SearchHits
            target={target}
            term={term}
            labels={labels}
            narrowedTo={narrowedTo}
            href={href}
          />
        ) : hits.failed ? (
          <WidgetError what="the search" onRetry={hits.retry} />
        ) : (
          <SearchPending />
        )}
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
