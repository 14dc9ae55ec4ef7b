import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { paths } from '../contract/paths';
import { PrefetchLink } from '../components/prefetch-link';
import { archiveQuery } from '../data/queries';
import { formatMonth } from '../lib/dates';
import { useDocumentTitle } from '../lib/use-document-title';

const RECENT_MONTHS = 6;

export function NotFound() {
  const { pathname } = useLocation();
  const { data: archive } = useQuery(archiveQuery());
  useDocumentTitle('Not found');
  const recent = archive?.years.flatMap((y) => y.months).slice(0, RECENT_MONTHS) ?? [];

  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is nothing at <code>{pathname}</code>. The address may be mistyped, or the page may never have
        existed.
      </p>
      <h2>Find it in the archive</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.feed()}>Newest articles</Link>
        </li>
        <li>
          <Link to={paths.archive()}>Monthly archive</Link>
        </li>
        <li>
          <Link to={paths.labels()}>All labels</Link>
        </li>
      </ul>
      {recent.length > 0 && (
        <>
          <h2>Recent months</h2>
          <ul className="link-list">
            {recent.map(({ month, count }) => (
              <li key={month}>
                <PrefetchLink to={paths.month(month)}>{formatMonth(month)}</PrefetchLink>{' '}
                <span className="count">({count})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
