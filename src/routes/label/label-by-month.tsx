import { WidgetSkeleton } from '../../components/skeletons';
import { WidgetError } from '../../components/widget-error';
import type { Archive, Month } from '../../contract/schemas';
import { paths } from '../../contract/paths';
import type { DeferredModule } from '../../lib/deferred-module';
import { useDeferredModule } from '../../lib/use-deferred-module';

const archiveTree: DeferredModule<typeof import('../../components/archive-tree')> = {
  load: () => import('../../components/archive-tree'),
};

type LabelByMonthProps = { label: string; name: string; months: Archive; month: Month | null };

/**
 * The label's months, under its list: below the fold, so the tree's code loads after the view has
 * rendered; until then its loading shape holds about the room the tree takes.
 */
export function LabelByMonth({ label, name, months, month }: LabelByMonthProps) {
  const { module, failed, retry } = useDeferredModule(archiveTree);
  const expanded = (year: string, index: number) => (month ? year === month.slice(0, 4) : index === 0);
  const rows = months.years.reduce(
    (count, year, index) => count + 1 + (expanded(year.year, index) ? year.months.length : 0),
    0,
  );

  return (
    <nav className="narrow" aria-labelledby="narrow-heading">
      <h2 id="narrow-heading">{name} by month</h2>
      {module ? (
        <module.ArchiveTree
          years={months.years}
          monthHref={(m) => paths.label(label, { month: m })}
          currentMonth={month}
          initiallyExpanded={expanded}
        />
      ) : failed ? (
        <WidgetError what={`${name} by month`} onRetry={retry} />
      ) : (
        <WidgetSkeleton rows={rows} />
      )}
    </nav>
  );
}
