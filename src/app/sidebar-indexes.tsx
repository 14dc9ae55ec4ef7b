import { LabelsWidget } from '../components/labels-widget';
import { MonthlyArchive } from '../components/monthly-archive';
import type { Month } from '../contract/schemas';

/** The sidebar's ways into the archive: by month, then by label. */
export function SidebarIndexes({
  currentMonth,
  currentLabel,
}: {
  currentMonth: Month | null;
  currentLabel: string | null;
}) {
  return (
    <>
      <MonthlyArchive currentMonth={currentMonth} />
      <LabelsWidget currentLabel={currentLabel} />
    </>
  );
}
