import type { ArticleSummary } from '../contract/schemas';
import { ArticleCard } from './article-card';

type ArticleListProps = { items: ArticleSummary[]; timeZone: string; emptyText?: string };

export function ArticleList({ items, timeZone, emptyText = 'No articles yet.' }: ArticleListProps) {
  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="article-list">
      {items.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} timeZone={timeZone} />
        </li>
      ))}
    </ol>
  );
}
