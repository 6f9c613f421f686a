/**
 * Civil-date arithmetic on the proleptic Gregorian calendar, without `Date`: an ISO date 'YYYY-MM-DD' maps to
 * a day number (days since 1970-01-01) and back. Algorithms from Howard Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms" (days_from_civil / civil_from_days). Only years 0001–9999 are accepted: four-digit years
 * keep the text form canonical and sortable.
 */

/** Day number of 0001-01-01 and 9999-12-31: the range of dates this module accepts. */
export const MIN_DAY = -719162;
export const MAX_DAY = 2932896;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date. No validation: callers pass a real date. */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * Day number of a strict ISO calendar date 'YYYY-MM-DD' (year 0001–9999, real month and day), or null for
 * anything else — including non-strings, so it is safe on hostile input.
 */
export function parseIsoDate(iso: unknown): number | null {
  if (typeof iso !== 'string' || iso.length !== 10) return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayFromCivil(y, mo, d);
}

export function isIsoDate(iso: unknown): iso is string {
  return parseIsoDate(iso) !== null;
}

/** '00'…'31': month and day strings without per-call padding (formatIsoDate runs once per day scanned). */
const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** 'YYYY-MM-DD' of a day number in MIN_DAY..MAX_DAY. */
export function formatIsoDate(day: number): string {
  const { y, m, d } = civilFromDay(day);
  return `${y >= 1000 ? y : String(y).padStart(4, '0')}-${PAD2[m]}-${PAD2[d]}`;
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The ISO date `n` days after `iso` (before, when n < 0); null when `iso` is not a valid date or the result
 * leaves 0001–9999.
 */
export function addDays(iso: string, n: number): string | null {
  const day = parseIsoDate(iso);
  if (day === null || !Number.isSafeInteger(n)) return null;
  const r = day + n;
  return r < MIN_DAY || r > MAX_DAY ? null : formatIsoDate(r);
}
