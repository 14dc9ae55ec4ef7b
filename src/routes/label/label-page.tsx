import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { paths } from '../../contract/paths';
import { ArticleList } from '../../components/article-list';
import { LabelFeedLinks } from '../../components/feed-links';
import { FilterChips } from '../../components/filter-chips';
import { ListSummary } from '../../components/list-summary';
import { MonthSteps } from '../../components/month-steps';
import { Pagination } from '../../components/pagination';
import { labelMonthsQuery, labelsQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { adjacentMonths } from '../../lib/adjacent-months';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LabelByMonth } from './label-by-month';
import { labelListQuery } from './label-list-query';

export function LabelPage() {
  const { label, page, month } = useLoaderData<TargetOf<'label'>>();
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: labels } = useSuspenseQuery(labelsQuery());
  const { data: months } = useSuspenseQuery(labelMonthsQuery(label));
  const { data: list } = useSuspenseQuery(labelListQuery(label, page, month));

  const name = labelName(labels, label);
  const monthName = month ? formatMonth(month) : null;
  useDocumentTitle(`Label: ${name}${monthName ? ` in ${monthName}` : ''}${page > 1 ? `, page ${page}` : ''}`);

  return (
    <section className="list-view" aria-labelledby="view-heading">
      <h1 id="view-heading">Label: {name}</h1>
      <LabelFeedLinks label={label} name={name} />
      {month && monthName && (
        <FilterChips
          filters={[
            { text: `Label: ${name}`, removeHref: paths.month(month) },
            { text: `Month: ${monthName}`, removeHref: paths.label(label) },
          ]}
        />
      )}
      <ListSummary list={list} what={monthName ? `in ${monthName}` : undefined} />
      <ArticleList
        items={list.items}
        timeZone={site.timeZone}
        from={{ list: month ? { kind: 'label', label, month } : { kind: 'label', label }, page }}
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(p) => paths.label(label, { page: p, month: month ?? undefined })}
      />
      {month && (
        <MonthSteps {...adjacentMonths(months, month)} href={(m) => paths.label(label, { month: m })} />
      )}
      {months.years.length > 0 && <LabelByMonth label={label} name={name} months={months} month={month} />}
    </section>
  );
}
