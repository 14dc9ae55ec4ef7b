import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { paths } from '../../contract/paths';
import { PrefetchLink } from '../../components/prefetch-link';
import { archiveQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { formatMonth } from '../../lib/dates';
import { useDocumentTitle } from '../../lib/use-document-title';

export function YearPage() {
  const { year } = useLoaderData<TargetOf<'year'>>();
  const { data: archive } = useSuspenseQuery(archiveQuery());
  useDocumentTitle(year);
  const index = archive.years.findIndex((y) => y.year === year);
  const entry = archive.years[index];
  // The archive is newest first.
  const newer = archive.years[index - 1];
  const older = archive.years[index + 1];
  if (!entry) return null;

  return (
    <section className="year-view" aria-labelledby="view-heading">
      <h1 id="view-heading">{year}</h1>
      <p className="list-summary">
        {entry.count} {entry.count === 1 ? 'article' : 'articles'} in {entry.months.length}{' '}
        {entry.months.length === 1 ? 'month' : 'months'}
      </p>
      <ul className="month-list">
        {entry.months.map(({ month, count }) => (
          <li key={month}>
            <PrefetchLink to={paths.month(month)}>{formatMonth(month)}</PrefetchLink>{' '}
            <span className="count">
              ({count} {count === 1 ? 'article' : 'articles'})
            </span>
          </li>
        ))}
      </ul>
      <nav aria-label="Newer and older years" className="step-nav">
        <ul>
          <li>{newer && <PrefetchLink to={paths.year(newer.year)}>← {newer.year}</PrefetchLink>}</li>
          <li>{older && <PrefetchLink to={paths.year(older.year)}>{older.year} →</PrefetchLink>}</li>
        </ul>
      </nav>
    </section>
  );
}
