import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { paths } from '../../contract/paths';
import { ArticleList } from '../../components/article-list';
import { ListSummary } from '../../components/list-summary';
import { Pagination } from '../../components/pagination';
import { feedQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { useDocumentTitle } from '../../lib/use-document-title';

export function FeedPage() {
  const { page } = useLoaderData<TargetOf<'feed'>>();
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: list } = useSuspenseQuery(feedQuery(page));
  useDocumentTitle(page > 1 ? `Page ${page}` : null);

  return (
    <section className="list-view" aria-labelledby="view-heading">
      <h1 id="view-heading">{page > 1 ? `Newest articles, page ${page}` : 'Newest articles'}</h1>
      <ListSummary list={list} />
      <ArticleList
        items={list.items}
        timeZone={site.timeZone}
        emptyText="The archive has no articles yet."
        from={{ list: { kind: 'feed' }, page }}
      />
      <Pagination page={list.page} pageCount={list.pageCount} href={(p) => paths.feed({ page: p })} />
    </section>
  );
}
