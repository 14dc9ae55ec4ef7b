import type { ListPage } from '../contract/schemas';

/** "12 articles · page 2 of 4": the size of what the list is a part of. */
export function ListSummary({ list, what }: { list: ListPage; what?: string }) {
  const articles = `${list.total} ${list.total === 1 ? 'article' : 'articles'}${what ? ` ${what}` : ''}`;
  return (
    <p className="list-summary">
      {articles}
      {list.pageCount > 1 && ` · page ${list.page} of ${list.pageCount}`}
    </p>
  );
}
