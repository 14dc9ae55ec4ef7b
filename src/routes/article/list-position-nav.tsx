import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ListContext } from '../../contract/list-context';
import { paths } from '../../contract/paths';
import { PrefetchLink } from '../../components/prefetch-link';
import { loadUrlListPosition, type ListNeighbour, type ListPosition } from './list-position';

function listHref({ list, page }: ListContext): string {
  if (list.kind === 'feed') return paths.feed({ page });
  if (list.kind === 'month') return paths.month(list.month, { page });
  return paths.label(list.label, { page, month: list.month });
}

function NeighbourLink({ to, rel }: { to: ListNeighbour | null; rel: 'prev' | 'next' }) {
  if (!to) return null;
  return (
    <PrefetchLink to={paths.articleIn(to.article, to.from)} rel={rel} data-shortcut={rel}>
      <span className="neighbour-direction">
        {rel === 'prev' ? (
          <>
            <span aria-hidden="true">← </span>Previous
          </>
        ) : (
          <>
            Next<span aria-hidden="true"> →</span>
          </>
        )}
      </span>
      <span className="neighbour-title">{to.article.title}</span>
    </PrefetchLink>
  );
}

/** "3 of 17 in KVM, June 2008", with that list's previous and next articles. */
export function ListPositionNav({ position }: { position: ListPosition }) {
  const { from, name, index, total, previous, next } = position;
  return (
    <nav className="list-position" aria-label="Reading list">
      <p className="list-position-where">
        {index} of {total} in <PrefetchLink to={listHref(from)}>{name}</PrefetchLink>
      </p>
      <ul className="article-neighbours-list">
        <li className="neighbour-newer">
          <NeighbourLink to={previous} rel="prev" />
        </li>
        <li className="neighbour-older">
          <NeighbourLink to={next} rel="next" />
        </li>
      </ul>
    </nav>
  );
}

/**
 * For the article loader, when the URL names a list: the reading-list navigation, ready to render
 * (null when the context no longer matches). Its code stays out of the article's own chunk, which
 * readers without a list context load.
 */
export async function loadReadingListNav(queryClient: QueryClient, url: URL): Promise<ReactNode> {
  const position = await loadUrlListPosition(queryClient, url);
  return position && <ListPositionNav position={position} />;
}
