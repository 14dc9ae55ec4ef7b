import type { Month } from '../contract/schemas';
import { formatMonth } from '../lib/dates';
import { PrefetchLink } from './prefetch-link';

type MonthStepsProps = { newer: Month | null; older: Month | null; href: (month: Month) => string };

/** Links to the nearest newer and older months that have articles. */
export function MonthSteps({ newer, older, href }: MonthStepsProps) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="Newer and older months" className="step-nav">
      <ul>
        <li>
          {newer && (
            <PrefetchLink to={href(newer)}>
              <span aria-hidden="true">← </span>
              {formatMonth(newer)}
            </PrefetchLink>
          )}
        </li>
        <li>
          {older && (
            <PrefetchLink to={href(older)}>
              {formatMonth(older)}
              <span aria-hidden="true"> →</span>
            </PrefetchLink>
          )}
        </li>
      </ul>
    </nav>
  );
}
