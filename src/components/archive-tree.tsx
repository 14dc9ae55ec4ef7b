import { useId, useState } from 'react';
import type { Archive, Month } from '../contract/schemas';
import { formatMonthName } from '../lib/dates';
import { PrefetchLink } from './prefetch-link';

type ArchiveTreeProps = {
  years: Archive['years'];
  monthHref: (month: Month) => string;
  /** The month being shown, highlighted; its year starts expanded. */
  currentMonth?: Month | null;
  /** Years expanded before the reader toggles any. */
  initiallyExpanded: (year: string, index: number) => boolean;
  /** Where a year's own page is, if it has one. */
  yearHref?: (year: string) => string;
};

/** Years as disclosure buttons, each revealing its months with their counts. */
export function ArchiveTree({
  years,
  monthHref,
  currentMonth,
  initiallyExpanded,
  yearHref,
}: ArchiveTreeProps) {
  const id = useId();
  const [toggled, setToggled] = useState<Record<string, boolean>>({});

  return (
    <ul className="archive-tree">
      {years.map((year, index) => {
        const expanded = toggled[year.year] ?? initiallyExpanded(year.year, index);
        const monthsId = `${id}-${year.year}`;
        return (
          <li key={year.year}>
            <div className="archive-year">
              <button
                type="button"
                className="archive-toggle"
                aria-expanded={expanded}
                aria-controls={monthsId}
                onClick={() => setToggled((t) => ({ ...t, [year.year]: !expanded }))}
              >
                <span className="archive-caret" aria-hidden="true" />
                {year.year} <span className="count">({year.count})</span>
              </button>
              {yearHref && (
                <PrefetchLink to={yearHref(year.year)} className="archive-year-link">
                  all months <span className="visually-hidden">of {year.year}</span>
                </PrefetchLink>
              )}
            </div>
            <ul id={monthsId} className="archive-months" hidden={!expanded}>
              {year.months.map(({ month, count }) => {
                const current = month === currentMonth;
                return (
                  <li key={month} className={current ? 'is-current' : undefined}>
                    <PrefetchLink to={monthHref(month)} aria-current={current ? 'true' : undefined}>
                      {formatMonthName(month)} <span className="visually-hidden">{year.year}</span>{' '}
                      <span className="count">({count})</span>
                    </PrefetchLink>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
