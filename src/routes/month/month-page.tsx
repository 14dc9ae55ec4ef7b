import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { paths } from '../../contract/paths';
import { ArticleList } from '../../components/article-list';
import { FilterChips } from '../../components/filter-chips';
import { ListSummary } from '../../components/list-summary';
import { MonthSteps } from '../../components/month-steps';
import { Pagination } from '../../components/pagination';
import { labelsQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { adjacentMonths } from '../../lib/adjacent-months';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LabelsInList } from './labels-in-list';
import { monthListQueries } from './month-list-queries';

export function MonthPage() {
  const { month, page, label } = useLoaderData<TargetOf<'month'>>();
  const queries = monthListQueries(month, page, label);
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: list } = useSuspenseQuery(queries.list);
  const { data: months } = useSuspenseQuery(queries.months);
  const { data: labels } = useSuspenseQuery(labelsQuery());

  const monthName = formatMonth(month);
  const name = label ? labelName(labels, label) : null;
  const title = `${monthName}${name ? `, label ${name}` : ''}${page > 1 ? `, page ${page}` : ''}`;
  useDocumentTitle(title);
  const { newer, older } = adjacentMonths(months, month);
  const monthHref = (m: typeof month) => paths.month(m, { label: label ?? undefined });

  return (
    <section className="list-view" aria-labelledby="view-heading">
      <h1 id="view-heading">{monthName}</h1>
      {label && name && (
        <FilterChips
          filters={[
            { text: `Label: ${name}`, removeHref: paths.month(month) },
            { text: `Month: ${monthName}`, removeHref: paths.label(label) },
          ]}
        />
      )}
      <ListSummary list={list} what={name ? `labelled ${name}` : undefined} />
      <ArticleList
        items={list.items}
        timeZone={site.timeZone}
        from={{ list: label ? { kind: 'label', label, month } : { kind: 'month', month }, page }}
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(p) => paths.month(month, { page: p, label: label ?? undefined })}
      />
      <MonthSteps newer={newer} older={older} href={monthHref} />
      {!label && <LabelsInList items={list.items} href={(slug) => paths.month(month, { label: slug })} />}
    </section>
  );
}
