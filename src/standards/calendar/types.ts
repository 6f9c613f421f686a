/**
 * Public types of the working-day calendar. Kept in their own file so the holiday data files can import them
 * without importing the logic.
 */

/** ISO 3166-1 alpha-2 codes of the ten ASEAN member economies. */
export type AseanEconomy = 'BN' | 'KH' | 'ID' | 'LA' | 'MY' | 'MM' | 'PH' | 'SG' | 'TH' | 'VN';

/** One public holiday in a data file. */
export interface Holiday {
  /** 'YYYY-MM-DD', local calendar date in the economy. */
  date: string;
  /** English name. Where two holidays fall on one day the names are joined with ' / '. */
  name: string;
  /**
   * True when the date (or the day's status as a holiday) is an estimate: a lunar or astronomical date not
   * yet officially announced (or announced "subject to moon sighting" and not known to us), or a day that
   * depends on a yearly decision not yet taken. Deadlines still treat the day as a holiday.
   */
  tentative?: boolean;
}

/** The holiday data of one economy: the years it covers and its holidays in date order. */
export interface EconomyHolidays {
  economy: AseanEconomy;
  /** Years for which `holidays` is complete (as complete as we know it). Other years have weekends only. */
  years: readonly number[];
  /** The kind of official source the data follows. */
  source: string;
  holidays: readonly Holiday[];
}

/** Static facts about an economy's working week. */
export interface EconomyInfo {
  economy: AseanEconomy;
  name: string;
  /** IANA time zone used for local dates (the capital's where the economy has several). */
  timeZone: string;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
  /** Notes for people (regional weekends, zones not covered, …). */
  notes: readonly string[];
}

/** What the deadline functions need: a time zone, weekly rest days and dated holidays. */
export interface WorkingCalendar {
  /** Economy code, upper case, e.g. 'VN'. */
  economy: string;
  /** IANA time zone, e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
  /** Holidays by local date 'YYYY-MM-DD' → English name. Keys that are not valid ISO dates are ignored. */
  holidays: ReadonlyMap<string, string>;
  /** Holiday dates (keys of `holidays`) whose date is an estimate; for display only. */
  tentative?: ReadonlySet<string>;
}

/** An operator-configured holiday (added to an economy's calendar). */
export interface ExtraHoliday {
  date: string;
  name: string;
}

/** A holiday as shown to people by `holidaysBetween`. */
export interface HolidayInRange {
  date: string;
  name: string;
  tentative: boolean;
  /** True when the holiday falls on a weekly rest day (so it does not move a deadline). */
  onWeekend: boolean;
}

/**
 * Stable error codes.
 * - CALENDAR_ECONOMY: the economy is not one of the ten.
 * - CALENDAR_DATE: a date is not a valid 'YYYY-MM-DD' (years 0001–9999).
 * - CALENDAR_NAME: a holiday name is empty or longer than 200 characters.
 * - CALENDAR_CONFIG: the configuration is not the expected shape or has too many entries.
 * - CALENDAR_DAYS: a day count is not a non-negative integer.
 * - CALENDAR_INSTANT: an instant is not a valid `Date`.
 * - CALENDAR_TIME_ZONE: the time zone is not known to the runtime's Intl.
 * - CALENDAR_RANGE: the day count is above the cap, the instant or the result is outside the supported range,
 *   or no working day was found within the scan limit (a calendar whose every day is a rest day).
 */
export type CalendarErrorCode =
  | 'CALENDAR_ECONOMY'
  | 'CALENDAR_DATE'
  | 'CALENDAR_NAME'
  | 'CALENDAR_CONFIG'
  | 'CALENDAR_DAYS'
  | 'CALENDAR_INSTANT'
  | 'CALENDAR_TIME_ZONE'
  | 'CALENDAR_RANGE';

export interface CalendarIssue {
  code: CalendarErrorCode;
  message: string;
  /** Where the problem is, e.g. 'extraHolidays[2].date'. */
  location?: string;
}

/** Thrown only for programming errors (see each function); carries the stable code of a CalendarIssue. */
export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly location: string | undefined;

  constructor(code: CalendarErrorCode, message: string, location?: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.location = location;
  }
}

export type CalendarResult<T> = { ok: true; value: T } | { ok: false; errors: CalendarIssue[] };

/** A computed deadline: the instant (end of the local day, as UTC) and the local date it ends. */
export interface Deadline {
  /** 23:59:59.999 local time of `localDate`, as a UTC instant. */
  at: Date;
  /** 'YYYY-MM-DD' in the calendar's time zone. */
  localDate: string;
}
