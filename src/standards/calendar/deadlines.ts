/**
 * Deadlines in working days.
 *
 * Counting rule (as in most ADR and ODR rules, and civil-procedure rules on computing time): the day on which
 * the period starts — the local date of `from` in the calendar's time zone — never counts. Day 1 is the first
 * working day after it; the deadline is the END of the n-th working day (23:59:59.999 local time), returned
 * as a UTC instant. So a complaint filed on a Friday in Ha Noi with a 1-working-day window is due at the end
 * of Monday (or later, if Monday is a holiday). With 0 days the deadline is the end of the start day if that
 * is a working day, else the end of the next working day.
 *
 * `workingDaysBetween` is the inverse: the working days after `from`'s local date up to and including `to`'s,
 * so workingDaysBetween(c, from, addWorkingDays(c, from, n)) === n for n ≥ 1.
 *
 * Errors: `addWorkingDays` and `workingDaysBetween` throw CalendarError only for programming errors — a day
 * count that is not a non-negative integer (CALENDAR_DAYS) or above MAX_WORKING_DAYS (CALENDAR_RANGE), an
 * invalid Date (CALENDAR_INSTANT), an unknown time zone in a hand-built calendar (CALENDAR_TIME_ZONE), an
 * instant outside years 0001–9999 or a calendar with no working day within MAX_SCAN_DAYS (CALENDAR_RANGE).
 * Their `try…` twins return the same codes as a result and never throw; use them on values that come from
 * outside the program.
 */

import { isWorkingDayNumber, weekendMask } from './calendar.ts';
import { formatIsoDate, MAX_DAY, parseIsoDate, weekdayOf } from './dates.ts';
import {
  CalendarError,
  type CalendarResult,
  type Deadline,
  type HolidayInRange,
  type WorkingCalendar,
} from './types.ts';
import { endOfLocalDayMs, localDay } from './zone.ts';

/** Largest accepted day count (about 14 years of working days). */
export const MAX_WORKING_DAYS = 3660;
/** Calendar days scanned at most while looking for working days (guards calendars with almost none). */
export const MAX_SCAN_DAYS = 40_000;

function checkDays(days: number): void {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
    throw new CalendarError(
      'CALENDAR_DAYS',
      `days must be a non-negative integer, got ${String(days).slice(0, 32)}`,
    );
  }
  if (days > MAX_WORKING_DAYS) {
    throw new CalendarError('CALENDAR_RANGE', `days must be at most ${MAX_WORKING_DAYS}, got ${days}`);
  }
}

function deadlineUnsafe(calendar: WorkingCalendar, from: Date, days: number): Deadline {
  checkDays(days);
  let day = localDay(from, calendar.timeZone);
  const mask = weekendMask(calendar);
  const limit = day + MAX_SCAN_DAYS;
  const tooFar = () =>
    new CalendarError(
      'CALENDAR_RANGE',
      'no deadline found: too few working days in the calendar or past year 9999',
    );
  if (days === 0) {
    while (!isWorkingDayNumber(calendar, mask, day)) {
      day++;
      if (day > limit || day > MAX_DAY) throw tooFar();
    }
  } else {
    let counted = 0;
    while (counted < days) {
      day++;
      if (day > limit || day > MAX_DAY) throw tooFar();
      if (isWorkingDayNumber(calendar, mask, day)) counted++;
    }
  }
  return { at: new Date(endOfLocalDayMs(day, calendar.timeZone)), localDate: formatIsoDate(day) };
}

/**
 * The deadline `days` working days after `from`: the end (23:59:59.999 local) of the n-th working day after
 * the local date of `from`, as a UTC Date. See the module comment for the counting rule; throws CalendarError
 * only for programming errors (listed there).
 */
export function addWorkingDays(calendar: WorkingCalendar, from: Date, days: number): Date {
  return deadlineUnsafe(calendar, from, days).at;
}

function toIssue<T>(f: () => T): CalendarResult<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof CalendarError) {
      return { ok: false, errors: [{ code: e.code, message: e.message }] };
    }
    // Only hostile inputs (a calendar with throwing getters, a proxy) get here.
    return { ok: false, errors: [{ code: 'CALENDAR_CONFIG', message: 'the calendar could not be read' }] };
  }
}

/** `addWorkingDays` as a result, with the local date of the deadline too. Never throws. */
export function tryAddWorkingDays(
  calendar: WorkingCalendar,
  from: Date,
  days: number,
): CalendarResult<Deadline> {
  return toIssue(() => deadlineUnsafe(calendar, from, days));
}

/** Rest days among the `n` consecutive days starting at day number `start`. */
function restDaysIn(mask: number, start: number, n: number): number {
  const perWeek = bitCount(mask);
  let count = Math.floor(n / 7) * perWeek;
  const rem = n % 7;
  const w0 = weekdayOf(start + n - rem);
  for (let i = 0; i < rem; i++) if ((mask >> ((w0 + i) % 7)) & 1) count++;
  return count;
}

function bitCount(mask: number): number {
  let c = 0;
  for (let w = 0; w < 7; w++) c += (mask >> w) & 1;
  return c;
}

function workingDaysBetweenUnsafe(calendar: WorkingCalendar, from: Date, to: Date): number {
  const a = localDay(from, calendar.timeZone);
  const b = localDay(to, calendar.timeZone);
  if (b <= a) return 0;
  const mask = weekendMask(calendar);
  const n = b - a;
  let count = n - restDaysIn(mask, a + 1, n);
  for (const key of calendar.holidays.keys()) {
    const d = parseIsoDate(key);
    if (d !== null && d > a && d <= b && !((mask >> weekdayOf(d)) & 1)) count--;
  }
  return count;
}

/**
 * Working days after the local date of `from`, up to and including the local date of `to` (0 when `to`'s
 * local date is not after `from`'s). Runs in time proportional to the number of holidays, not to the span.
 * Throws CalendarError only for programming errors (CALENDAR_INSTANT, CALENDAR_TIME_ZONE, CALENDAR_RANGE).
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  return workingDaysBetweenUnsafe(calendar, from, to);
}

/** `workingDaysBetween` as a result. Never throws. */
export function tryWorkingDaysBetween(
  calendar: WorkingCalendar,
  from: Date,
  to: Date,
): CalendarResult<number> {
  return toIssue(() => workingDaysBetweenUnsafe(calendar, from, to));
}

/**
 * The calendar's holidays from `fromIso` to `toIso` (both 'YYYY-MM-DD', both included), in date order, for
 * display. Includes holidays that fall on a rest day (flagged `onWeekend`). Returns [] when either date is
 * invalid or `toIso` is before `fromIso`. Never throws on valid calendars.
 */
export function holidaysBetween(calendar: WorkingCalendar, fromIso: string, toIso: string): HolidayInRange[] {
  const a = parseIsoDate(fromIso);
  const b = parseIsoDate(toIso);
  if (a === null || b === null || b < a) return [];
  const mask = weekendMask(calendar);
  const found: { day: number; h: HolidayInRange }[] = [];
  for (const [key, name] of calendar.holidays) {
    const d = parseIsoDate(key);
    if (d === null || d < a || d > b) continue;
    found.push({
      day: d,
      h: {
        date: formatIsoDate(d),
        name,
        tentative: calendar.tentative?.has(key) ?? false,
        onWeekend: ((mask >> weekdayOf(d)) & 1) === 1,
      },
    });
  }
  found.sort((x, y) => x.day - y.day);
  return found.map((f) => f.h);
}
