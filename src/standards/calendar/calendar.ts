/**
 * Building an economy's WorkingCalendar (its data plus operator changes) and asking whether a date is a
 * working day. Pure: the same arguments always give the same calendar.
 */
import { formatIsoDate, parseIsoDate, weekdayOf } from './dates.ts';
import { ECONOMIES, toEconomy } from './economies.ts';
import { HOLIDAY_DATA } from './holidays/index.ts';
import type { CalendarIssue, CalendarResult, ExtraHoliday, WorkingCalendar } from './types.ts';

/** At most this many extra holidays, and this many removed dates, are accepted from configuration. */
export const MAX_CONFIG_ENTRIES = 10_000;
/** Longest accepted holiday name. */
export const MAX_NAME_LENGTH = 200;

export interface CalendarOptions {
  /** Holidays to add (e.g. a state holiday, a one-off special day); added after `removedDates` go. */
  extraHolidays?: readonly ExtraHoliday[];
  /** Dates to remove from the economy's data (e.g. a tentative date that did not happen). */
  removedDates?: readonly string[];
}

/**
 * The years for which an economy has holiday data (ascending), e.g. [2025, 2026, 2027]. Other years are
 * treated as having weekends only. Empty for an unknown economy. Never throws.
 */
export function coverage(economy: string): readonly number[] {
  const e = toEconomy(economy);
  return e ? HOLIDAY_DATA[e].years : [];
}

const baseCache = new Map<string, WorkingCalendar>();

function baseCalendar(economy: keyof typeof ECONOMIES): WorkingCalendar {
  const cached = baseCache.get(economy);
  if (cached) return cached;
  const info = ECONOMIES[economy];
  const holidays = new Map<string, string>();
  const tentative = new Set<string>();
  for (const h of HOLIDAY_DATA[economy].holidays) {
    holidays.set(h.date, h.name);
    if (h.tentative) tentative.add(h.date);
  }
  const cal: WorkingCalendar = Object.freeze({
    economy,
    timeZone: info.timeZone,
    weekend: info.weekend,
    holidays,
    tentative,
  });
  baseCache.set(economy, cal);
  return cal;
}

function readConfig(
  options: CalendarOptions,
  issues: CalendarIssue[],
): { extra: ExtraHoliday[]; removed: string[] } {
  const extra: ExtraHoliday[] = [];
  const removed: string[] = [];
  const { extraHolidays, removedDates } = options;
  if (extraHolidays !== undefined) {
    if (!Array.isArray(extraHolidays)) {
      issues.push({
        code: 'CALENDAR_CONFIG',
        message: 'extraHolidays must be an array',
        location: 'extraHolidays',
      });
    } else if (extraHolidays.length > MAX_CONFIG_ENTRIES) {
      issues.push({
        code: 'CALENDAR_CONFIG',
        message: `at most ${MAX_CONFIG_ENTRIES} extra holidays are accepted`,
        location: 'extraHolidays',
      });
    } else {
      extraHolidays.forEach((h: unknown, i) => {
        const at = `extraHolidays[${i}]`;
        if (typeof h !== 'object' || h === null) {
          issues.push({ code: 'CALENDAR_CONFIG', message: 'expected {date, name}', location: at });
          return;
        }
        const { date, name } = h as { date: unknown; name: unknown };
        const day = parseIsoDate(date);
        if (day === null) {
          issues.push({
            code: 'CALENDAR_DATE',
            message: 'expected a date YYYY-MM-DD',
            location: `${at}.date`,
          });
        }
        const trimmed = typeof name === 'string' ? name.trim() : '';
        if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
          issues.push({
            code: 'CALENDAR_NAME',
            message: `a holiday needs a name of 1–${MAX_NAME_LENGTH} characters`,
            location: `${at}.name`,
          });
        } else if (day !== null) {
          extra.push({ date: formatIsoDate(day), name: trimmed });
        }
      });
    }
  }
  if (removedDates !== undefined) {
    if (!Array.isArray(removedDates)) {
      issues.push({
        code: 'CALENDAR_CONFIG',
        message: 'removedDates must be an array',
        location: 'removedDates',
      });
    } else if (removedDates.length > MAX_CONFIG_ENTRIES) {
      issues.push({
        code: 'CALENDAR_CONFIG',
        message: `at most ${MAX_CONFIG_ENTRIES} removed dates are accepted`,
        location: 'removedDates',
      });
    } else {
      removedDates.forEach((d: unknown, i) => {
        const day = parseIsoDate(d);
        if (day === null) {
          issues.push({
            code: 'CALENDAR_DATE',
            message: 'expected a date YYYY-MM-DD',
            location: `removedDates[${i}]`,
          });
        } else removed.push(formatIsoDate(day));
      });
    }
  }
  return { extra, removed };
}

/**
 * The working calendar of an economy ('VN', case-insensitive) with an operator's changes: `removedDates` are
 * taken out first, then `extraHolidays` added (an extra holiday on a date that already has one joins the
 * names with ' / ' and clears the date's tentative mark — the operator has confirmed it). Never throws:
 * unknown economies and bad configuration come back as issues with stable codes (all issues, not just the
 * first).
 */
export function resolveCalendar(
  economy: string,
  options: CalendarOptions = {},
): CalendarResult<WorkingCalendar> {
  const e = toEconomy(economy);
  const issues: CalendarIssue[] = [];
  if (!e) {
    const shown = typeof economy === 'string' ? economy.slice(0, 16) : typeof economy;
    issues.push({
      code: 'CALENDAR_ECONOMY',
      message: `unknown economy '${shown}'; expected an ASEAN code such as VN`,
    });
  }
  let config: { extra: ExtraHoliday[]; removed: string[] } = { extra: [], removed: [] };
  try {
    if (typeof options !== 'object' || options === null) {
      issues.push({ code: 'CALENDAR_CONFIG', message: 'options must be an object' });
    } else config = readConfig(options, issues);
  } catch {
    // Only hostile objects (throwing getters, proxies) get here.
    issues.push({ code: 'CALENDAR_CONFIG', message: 'the configuration could not be read' });
  }
  if (!e || issues.length > 0) return { ok: false, errors: issues };
  const base = baseCalendar(e);
  if (config.extra.length === 0 && config.removed.length === 0) return { ok: true, value: base };
  const holidays = new Map(base.holidays);
  const tentative = new Set(base.tentative ?? []);
  for (const d of config.removed) {
    holidays.delete(d);
    tentative.delete(d);
  }
  for (const { date, name } of config.extra) {
    const existing = holidays.get(date);
    holidays.set(date, existing === undefined || existing === name ? name : `${existing} / ${name}`);
    tentative.delete(date);
  }
  return {
    ok: true,
    value: Object.freeze({ economy: e, timeZone: base.timeZone, weekend: base.weekend, holidays, tentative }),
  };
}

/**
 * Convenience form of `resolveCalendar`: the calendar, or undefined when the economy is unknown or the
 * configuration is invalid (call `resolveCalendar` to learn why). Never throws. The calendar without changes
 * is shared between calls: treat it as read-only.
 */
export function calendarFor(
  economy: string,
  extraHolidays?: readonly ExtraHoliday[],
  removedDates?: readonly string[],
): WorkingCalendar | undefined {
  const r = resolveCalendar(economy, { extraHolidays, removedDates });
  return r.ok ? r.value : undefined;
}

/** Bit mask of the weekly rest days (bit w set when weekday w, 0 = Sunday, is a rest day). */
export function weekendMask(calendar: WorkingCalendar): number {
  let mask = 0;
  for (const w of calendar.weekend) if (Number.isInteger(w) && w >= 0 && w <= 6) mask |= 1 << w;
  return mask;
}

/** Whether day number `day` is a working day (internal form of `isWorkingDay`). */
export function isWorkingDayNumber(calendar: WorkingCalendar, mask: number, day: number): boolean {
  if ((mask >> weekdayOf(day)) & 1) return false;
  return !calendar.holidays.has(formatIsoDate(day));
}

/**
 * Whether `isoDate` ('YYYY-MM-DD', a local date in the calendar's economy) is a working day: not a weekly
 * rest day and not a holiday. Returns false for a string that is not a valid date. Never throws.
 */
export function isWorkingDay(calendar: WorkingCalendar, isoDate: string): boolean {
  const day = parseIsoDate(isoDate);
  if (day === null) return false;
  return isWorkingDayNumber(calendar, weekendMask(calendar), day);
}
