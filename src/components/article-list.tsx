import type { ListContext } from '../contract/list-context';
import type { ArticleSummary } from '../contract/schemas';
import { ArticleCard } from './article-card';

type ArticleListProps = {
  items: ArticleSummary[];
  timeZone: string;
  emptyText?: string;
  /** The list these items are a page of; their links carry it to the article. */
  from?: ListContext;
};

export function ArticleList({ items, timeZone, emptyText = 'No articles yet.', from }: ArticleListProps) {
  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="article-list">
      {items.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} timeZone={timeZone} from={from} />
        </li>
      ))}
    </ol>
  );
}
