import { Link } from 'react-router';
import { PrefetchLink } from '../../components/prefetch-link';
import { paths } from '../../contract/paths';

type NoResultsProps = { term: string; q: string; narrowedTo: string | null };

/** Nothing matched: say so plainly, and offer ways on. */
export function NoResults({ term, q, narrowedTo }: NoResultsProps) {
  return (
    <div className="empty search-empty">
      <p>
        <strong>No articles match “{term}”</strong>
        {narrowedTo && ` ${narrowedTo}`}.
      </p>
      <ul>
        {narrowedTo && (
          <li>
            <PrefetchLink to={paths.search({ q })}>Search all articles for “{term}”</PrefetchLink> instead.
          </li>
        )}
        <li>Check the spelling, or try other or fewer words.</li>
        <li>Put words in quotes to find them side by side: “"live migration"”.</li>
        <li>
          Browse the <Link to={paths.labels()}>labels</Link> or the <Link to={paths.archive()}>archive</Link>.
        </li>
      </ul>
    </div>
  );
}
