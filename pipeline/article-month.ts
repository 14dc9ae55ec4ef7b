import { monthOf } from '../src/contract/month';
import type { Month } from '../src/contract/schemas';

const DAY_MS = 86_400_000;

interface WallClock {
  month: Month;
  /** Local time minus UTC, in ms. */
  offset: number;
}

/**
 * `monthOf` for many articles: Intl's time-zone arithmetic was a tenth of the time per article.
 * Within a UTC day whose two ends have the same UTC offset the clocks did not change, so local time
 * only moves forward and the month can change at most once: when both ends are in the same month,
 * the whole day is. Other days (a clock change, a month's start) ask Intl about each instant.
 */
export class ArticleMonths {
  private readonly byUtcDay = new Map<number, Month | null>();
  private readonly format: Intl.DateTimeFormat;

  constructor(private readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      ...{ year: 'numeric', month: 'numeric', day: 'numeric' },
      ...{ hour: 'numeric', minute: 'numeric', second: 'numeric' },
    });
  }

  monthOf(published: string, publishedMs: number): Month {
    const day = Math.floor(publishedMs / DAY_MS);
    let month = this.byUtcDay.get(day);
    if (month === undefined) {
      const first = this.wallClock(day * DAY_MS);
      const last = this.wallClock(day * DAY_MS + DAY_MS - 1000);
      month = first.offset === last.offset && first.month === last.month ? first.month : null;
      this.byUtcDay.set(day, month);
    }
    return month ?? monthOf(published, this.timeZone);
  }

  private wallClock(ms: number): WallClock {
    const part: Record<string, number> = {};
    for (const p of this.format.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
    const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = part;
    return {
      month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
      offset: Date.UTC(year, month - 1, day, hour, minute, second) - ms,
    };
  }
}
