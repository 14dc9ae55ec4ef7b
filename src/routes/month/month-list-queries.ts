import type { Month } from '../../contract/schemas';
import { archiveQuery, labelMonthQuery, labelMonthsQuery, monthQuery } from '../../data/queries';

/**
 * A month's list and the index its newer/older links come from: with a label filter, the
 * label's months, so the links skip months without that label.
 */
export function monthListQueries(month: Month, page: number, label: string | null) {
  return label
    ? { list: labelMonthQuery(label, month, page), months: labelMonthsQuery(label) }
    : { list: monthQuery(month, page), months: archiveQuery() };
}
