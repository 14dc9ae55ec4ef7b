import { useQuery } from '@tanstack/react-query';
import { paths } from '../contract/paths';
import type { Month } from '../contract/schemas';
import { archiveQuery } from '../data/queries';
import { ArchiveTree } from './archive-tree';
import { WidgetError } from './widget-error';
import { WidgetSkeleton } from './skeletons';

/** The Blogger archive widget: years collapsible, months with counts, the current month marked. */
export function MonthlyArchive({ currentMonth }: { currentMonth: Month | null }) {
  const archive = useQuery(archiveQuery());
  const currentYear = currentMonth?.slice(0, 4) ?? null;

  let body: React.ReactNode;
  if (archive.isError) body = <WidgetError what="the archive" onRetry={() => void archive.refetch()} />;
  else if (!archive.data) body = <WidgetSkeleton rows={8} />;
  else
    body = (
      <ArchiveTree
        years={archive.data.years}
        monthHref={(month) => paths.month(month)}
        currentMonth={currentMonth}
        initiallyExpanded={(year, index) => (currentYear ? year === currentYear : index === 0)}
      />
    );

  return (
    <nav className="widget" aria-labelledby="archive-heading">
      <h2 id="archive-heading">Monthly archive</h2>
      {body}
    </nav>
  );
}
