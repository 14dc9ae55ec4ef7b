import { useQuery } from '@tanstack/react-query';
import { Link, NavLink } from 'react-router';
import { SearchBox } from '../components/search-box';
import { paths } from '../contract/paths';
import { siteQuery } from '../data/queries';
import { FALLBACK_SITE_TITLE } from '../lib/use-document-title';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { data: site, isPending } = useQuery(siteQuery());
  return (
    <header className="site-header">
      <div className="site-brand">
        <p className="site-title">
          <Link to={paths.feed()}>{isPending ? '\u00a0' : (site?.title ?? FALLBACK_SITE_TITLE)}</Link>
        </p>
        {site?.description && <p className="site-description">{site.description}</p>}
      </div>
      <nav aria-label="Site" className="site-nav">
        <ul>
          <li>
            <NavLink to={paths.feed()} end>
              Newest
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.archive()}>Archive</NavLink>
          </li>
          <li>
            <NavLink to={paths.labels()}>Labels</NavLink>
          </li>
        </ul>
      </nav>
      <SearchBox />
      <div className="site-tools">
        <ThemeToggle />
        <button type="button" className="button-link" onClick={onShowShortcuts} aria-keyshortcuts="?">
          Shortcuts
        </button>
      </div>
    </header>
  );
}
