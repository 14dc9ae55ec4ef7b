import type { Month } from '../../contract/schemas';
import { labelMonthQuery, labelQuery } from '../../data/queries';

export function labelListQuery(label: string, page: number, month: Month | null) {
  return month ? labelMonthQuery(label, month, page) : labelQuery(label, page);
}
