import type { QueryClient } from '@tanstack/react-query';
import type { ListContext, ListRef } from '../../contract/list-context';
import { parseListContext } from '../../contract/parse-list-context';
import type { ArticleSummary, ListPage } from '../../contract/schemas';
import { matchUrl } from '../../data/route-match';
import { feedQuery, labelMonthQuery, labelQuery, labelsQuery, monthQuery } from '../../data/queries';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';

/** A neighbour in the list, with the list page it is on (so its own link keeps the context). */
export type ListNeighbour = { article: ArticleSummary; from: ListContext };

/** Where an article stands in the list the reader came from: "3 of 17 in KVM, June 2008". */
export type ListPosition = {
  from: ListContext;
  name: string;
  index: number;
  total: number;
  previous: ListNeighbour | null;
  next: ListNeighbour | null;
};

function listPageQuery(list: ListRef, page: number) {
  if (list.kind === 'feed') return feedQuery(page);
  if (list.kind === 'month') return monthQuery(list.month, page);
  return list.month ? labelMonthQuery(list.label, list.month, page) : labelQuery(list.label, page);
}

async function listName(queryClient: QueryClient, list: ListRef): Promise<string> {
  if (list.kind === 'feed') return 'all articles';
  if (list.kind === 'month') return formatMonth(list.month);
  const name = labelName(await queryClient.query(labelsQuery()), list.label);
  return list.month ? `${name}, ${formatMonth(list.month)}` : name;
}

/** The page size, from any page: every page but the last is full. */
function pageSize(page: ListPage): number {
  if (page.page < page.pageCount || page.page === 1) return page.items.length;
  return (page.total - page.items.length) / (page.page - 1);
}

/**
 * The article's position in the list of `from`, from the list page the context names; a neighbour
 * across a page boundary costs one more page. Null when the context no longer matches (the list
 * or page is gone, or the article is not on it): the article is then read without a list.
 */
export async function loadListPosition(
  queryClient: QueryClient,
  from: ListContext,
  slug: string,
): Promise<ListPosition | null> {
  const { list, page } = from;
  const pageOf = async (n: number): Promise<ListPage | null> => {
    try {
      return await queryClient.query(listPageQuery(list, n));
    } catch {
      return null;
    }
  };
  const [current, name] = await Promise.all([pageOf(page), listName(queryClient, list).catch(() => null)]);
  const at = current?.items.findIndex((item) => item.slug === slug) ?? -1;
  if (!current || at < 0 || name === null) return null;

  const neighbour = async (n: number, pick: (p: ListPage) => ArticleSummary | undefined) => {
    const other = n === page ? current : n >= 1 && n <= current.pageCount ? await pageOf(n) : null;
    const article = other && pick(other);
    return article ? { article, from: { list, page: n } } : null;
  };
  const [previous, next] = await Promise.all([
    at > 0 ? neighbour(page, (p) => p.items[at - 1]) : neighbour(page - 1, (p) => p.items.at(-1)),
    at < current.items.length - 1
      ? neighbour(page, (p) => p.items[at + 1])
      : neighbour(page + 1, (p) => p.items[0]),
  ]);
  return {
    from,
    name,
    index: (page - 1) * pageSize(current) + at + 1,
    total: current.total,
    previous,
    next,
  };
}

/** The position the URL's list context names, or null (no context, or one that no longer matches). */
export async function loadUrlListPosition(queryClient: QueryClient, url: URL): Promise<ListPosition | null> {
  const target = matchUrl(url);
  const from = parseListContext(url.searchParams);
  return from && target.view === 'article' ? loadListPosition(queryClient, from, target.slug) : null;
}
