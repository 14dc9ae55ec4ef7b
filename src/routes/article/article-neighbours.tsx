import { paths } from '../../contract/paths';
import type { Article } from '../../contract/schemas';
import { PrefetchLink } from '../../components/prefetch-link';

export function ArticleNeighbours({ newer, older }: Pick<Article, 'newer' | 'older'>) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="Newer and older articles" className="article-neighbours">
      <ul>
        <li className="neighbour-newer">
          {newer && (
            <PrefetchLink to={paths.article(newer)} rel="prev" data-shortcut="prev">
              <span className="neighbour-direction">
                <span aria-hidden="true">← </span>Newer
              </span>
              <span className="neighbour-title">{newer.title}</span>
            </PrefetchLink>
          )}
        </li>
        <li className="neighbour-older">
          {older && (
            <PrefetchLink to={paths.article(older)} rel="next" data-shortcut="next">
              <span className="neighbour-direction">
                Older<span aria-hidden="true"> →</span>
              </span>
              <span className="neighbour-title">{older.title}</span>
            </PrefetchLink>
          )}
        </li>
      </ul>
    </nav>
  );
}
