/**
 * Working-day deadline arithmetic with per-economy public-holiday calendars for the ten ASEAN economies: e.g.
 * a merchant's 7-working-day response window or a 30-working-day mediation target in a cross-border
 * complaint. Pure: no database, network, clock or randomness — the start instant is always passed in.
 *
 * Holiday data covers the years `coverage(economy)` returns (2025–2027); other years count weekends only.
 * Entries whose date is an estimate (lunar dates not yet announced) are marked tentative; operators correct
 * them with `extraHolidays` / `removedDates`.
 *
 * Errors: functions taking data from outside (economy codes, configuration, ISO date strings) never throw.
 * `addWorkingDays`, `workingDaysBetween` and `localDate` throw CalendarError only for programming errors (a
 * bad day count, an invalid Date, an unknown time zone); `tryAddWorkingDays` / `tryWorkingDaysBetween` return
 * those as results instead.
 */

export type { CalendarOptions } from './calendar.ts';
export { calendarFor, coverage, isWorkingDay, MAX_CONFIG_ENTRIES, resolveCalendar } from './calendar.ts';
export { addDays, isIsoDate } from './dates.ts';
export {
  addWorkingDays,
  holidaysBetween,
  MAX_SCAN_DAYS,
  MAX_WORKING_DAYS,
  tryAddWorkingDays,
  tryWorkingDaysBetween,
  workingDaysBetween,
} from './deadlines.ts';
export { ECONOMIES, ECONOMY_CODES } from './economies.ts';
export { HOLIDAY_DATA } from './holidays/index.ts';
export {
  type AseanEconomy,
  CalendarError,
  type CalendarErrorCode,
  type CalendarIssue,
  type CalendarResult,
  type Deadline,
  type EconomyHolidays,
  type EconomyInfo,
  type ExtraHoliday,
  type Holiday,
  type HolidayInRange,
  type WorkingCalendar,
} from './types.ts';
export { isValidTimeZone, localDate } from './zone.ts';
