const ATOM_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const WORDPRESS_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MAX_OFFSET_MINUTES = 14 * 60;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function toFields(match: RegExpMatchArray): Fields {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((s) => Number(s ?? 0));
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/** Wall-clock fields read as if they were UTC, or null when they name no real moment (Feb 30, 25:00). */
function wallClockMs(f: Fields): number | null {
  if (f.year < 1000) return null;
  const ms = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const d = new Date(ms);
  const same =
    d.getUTCFullYear() === f.year &&
    d.getUTCMonth() === f.month - 1 &&
    d.getUTCDate() === f.day &&
    d.getUTCHours() === f.hour &&
    d.getUTCMinutes() === f.minute &&
    d.getUTCSeconds() === f.second;
  return same ? ms : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function formatWallClock(f: Fields): string {
  return `${String(f.year).padStart(4, '0')}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An Atom date (`2008-06-20T09:15:00.000-07:00`) in our form, keeping its offset
 * (`2008-06-20T09:15:00-07:00`); null when it is not a real date with an offset.
 */
export function normalizeAtomDate(text: string): string | null {
  const match = ATOM_DATE.exec(text.trim());
  if (!match) return null;
  const fields = toFields(match);
  if (wallClockMs(fields) === null) return null;
  const fraction = match[7] && /[1-9]/.test(match[7]) ? match[7] : '';
  const rawOffset = match[8]!.toUpperCase();
  const offset = rawOffset === 'Z' ? 'Z' : `${rawOffset.slice(0, 3)}:${rawOffset.slice(-2)}`;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) return null;
  return `${formatWallClock(fields)}${fraction}${offset}`;
}

export type WordPressDate = { ok: true; value: string; warning?: string } | { ok: false };

/**
 * WordPress keeps a post's local time (`post_date`) and its UTC time (`post_date_gmt`) without a zone;
 * their difference is the blog's offset at that moment, so the two together give the local time
 * with its offset.
 */
export function wordpressDate(local: string, gmt: string): WordPressDate {
  const localMatch = WORDPRESS_DATE.exec(local.trim());
  const gmtMatch = WORDPRESS_DATE.exec(gmt.trim());
  const localFields = localMatch && toFields(localMatch);
  const gmtFields = gmtMatch && toFields(gmtMatch);
  const localMs = localFields && wallClockMs(localFields);
  const gmtMs = gmtFields && wallClockMs(gmtFields);

  if (gmtFields && gmtMs != null) {
    const offsetMinutes = localMs == null ? NaN : (localMs - gmtMs) / 60_000;
    if (Number.isInteger(offsetMinutes) && Math.abs(offsetMinutes) <= MAX_OFFSET_MINUTES) {
      return { ok: true, value: formatWallClock(localFields!) + formatOffset(offsetMinutes) };
    }
    return {
      ok: true,
      value: formatWallClock(gmtFields) + 'Z',
      warning: `post_date "${local}" does not fit post_date_gmt "${gmt}"; used the UTC time`,
    };
  }
  if (localFields && localMs != null) {
    return {
      ok: true,
      value: formatWallClock(localFields) + 'Z',
      warning: `no post_date_gmt; read post_date "${local}" as UTC`,
    };
  }
  return { ok: false };
}

/** True when `a` is a later instant than `b`. */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
