/**
 * Local dates and end-of-day instants in an IANA time zone, computed with Intl.DateTimeFormat (never with
 * hard-coded offsets, so a zone that changes its offset — or a DST zone — still comes out right).
 * Formatters are cached per time zone: creating one costs far more than using it.
 */
import { dayFromCivil, formatIsoDate, MAX_DAY, MIN_DAY } from './dates.ts';
import { CalendarError } from './types.ts';

const MS_PER_DAY = 86_400_000;

/** Instants from 0001-01-02T00:00Z to 9999-12-30T00:00Z: their local date is in 0001–9999 in every zone. */
export const MIN_INSTANT_MS = (MIN_DAY + 1) * MS_PER_DAY;
export const MAX_INSTANT_MS = (MAX_DAY - 1) * MS_PER_DAY;

/** Bound on cached zones (Intl accepts any letter case of a zone name, so keys are not a closed set). */
const MAX_CACHED_ZONES = 512;
/** Bound on cached end-of-day instants per zone. */
const MAX_CACHED_DAYS = 4096;

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
const FIELDS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

interface ZoneEntry {
  f: Intl.DateTimeFormat;
  /**
   * The order of the six numbers in `f.format()` output, learnt once from formatToParts. `format` plus a scan
   * for digit runs is several times faster than formatToParts; null when the output does not have exactly six
   * numbers (then formatToParts is used).
   */
  order: readonly Field[] | null;
  /** Day number → end of that local day (UTC ms). A fact of the runtime's time-zone data, so safe to keep. */
  ends: Map<number, number>;
}

const zones = new Map<string, ZoneEntry>();

function zoneFor(timeZone: string): ZoneEntry {
  const cached = zones.get(timeZone);
  if (cached) return cached;
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) {
    throw new CalendarError('CALENDAR_TIME_ZONE', 'time zone must be an IANA zone name such as Asia/Bangkok');
  }
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    throw new CalendarError('CALENDAR_TIME_ZONE', `unknown time zone '${timeZone}'`);
  }
  if (zones.size >= MAX_CACHED_ZONES) zones.clear();
  const order = f
    .formatToParts(0)
    .map((p) => p.type)
    .filter((t): t is Field => FIELDS.includes(t));
  const entry: ZoneEntry = {
    f,
    order: order.length === 6 && new Set(order).size === 6 ? order : null,
    ends: new Map(),
  };
  zones.set(timeZone, entry);
  return entry;
}

/** True when the runtime's Intl knows the zone. Never throws. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const DIGIT_RUNS = /\d+/g;

/** Milliseconds of `t` (whole seconds) on the local wall clock, counted as if that wall clock were UTC. */
function wallClockMs(zone: ZoneEntry, t: number): number {
  const v = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  const runs = zone.order ? zone.f.format(t).match(DIGIT_RUNS) : null;
  if (zone.order && runs && runs.length === 6) {
    for (let i = 0; i < 6; i++) v[zone.order[i]!] = Number(runs[i]);
  } else {
    for (const p of zone.f.formatToParts(t)) if (p.type in v) v[p.type as Field] = Number(p.value);
  }
  return (
    dayFromCivil(v.year, v.month, v.day) * MS_PER_DAY +
    v.hour * 3_600_000 +
    v.minute * 60_000 +
    v.second * 1000
  );
}

/** UTC offset of the zone at instant `t`, in milliseconds (positive east of Greenwich). */
function offsetAt(zone: ZoneEntry, t: number): number {
  const whole = t - (((t % 1000) + 1000) % 1000);
  return wallClockMs(zone, whole) - whole;
}

function checkInstant(instant: Date): number {
  if (!(instant instanceof Date)) throw new CalendarError('CALENDAR_INSTANT', 'expected a Date');
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new CalendarError('CALENDAR_INSTANT', 'the Date is invalid (NaN)');
  if (t < MIN_INSTANT_MS || t > MAX_INSTANT_MS) {
    throw new CalendarError('CALENDAR_RANGE', 'the instant is outside years 0001–9999');
  }
  return t;
}

/**
 * Day number (days since 1970-01-01) of the local date of `instant` in `timeZone`.
 * Throws CalendarError (programming errors): CALENDAR_INSTANT (not a valid Date), CALENDAR_TIME_ZONE,
 * CALENDAR_RANGE (instant outside 0001-01-02..9999-12-30 UTC).
 */
export function localDay(instant: Date, timeZone: string): number {
  const t = checkInstant(instant);
  const zone = zoneFor(timeZone);
  return Math.floor((t + offsetAt(zone, t)) / MS_PER_DAY);
}

/**
 * The local calendar date 'YYYY-MM-DD' of `instant` in `timeZone`, e.g. 2026-03-02T20:00Z is '2026-03-03' in
 * Asia/Ho_Chi_Minh. Throws CalendarError for programming errors, as `localDay`.
 */
export function localDate(instant: Date, timeZone: string): string {
  return formatIsoDate(localDay(instant, timeZone));
}

/**
 * The last millisecond (23:59:59.999 local) of local day `day` in `timeZone`, as UTC epoch milliseconds — or,
 * when a clock change skips the end of the day, the last instant that still has that local date.
 * Results are cached per zone (bounded). Throws CalendarError CALENDAR_TIME_ZONE for an unknown zone.
 */
export function endOfLocalDayMs(day: number, timeZone: string): number {
  const zone = zoneFor(timeZone);
  const cached = zone.ends.get(day);
  if (cached !== undefined) return cached;
  const end = computeEndOfLocalDay(zone, day);
  if (zone.ends.size >= MAX_CACHED_DAYS) zone.ends.clear();
  zone.ends.set(day, end);
  return end;
}

function computeEndOfLocalDay(zone: ZoneEntry, day: number): number {
  const wall = (day + 1) * MS_PER_DAY - 1;
  // The instant whose wall clock reads `wall`: guess with the offset at `wall` read as UTC, then correct once
  // with the offset at the guess (enough unless the offset changes within hours of the end of the day).
  const off0 = offsetAt(zone, wall);
  let u = wall - off0;
  let off = offsetAt(zone, u);
  if (off !== off0) {
    u = wall - off;
    off = offsetAt(zone, u);
  }
  // u reads `wall` if its own offset is the one used; it is the day's last instant unless the offset drops at
  // u+1.
  if (u + off === wall && u + 1 + offsetAt(zone, u + 1) > wall) return u;
  // Rare (a clock change at the end of the day): search for the last instant whose local day is <= `day`.
  const localOf = (t: number) => Math.floor((t + offsetAt(zone, t)) / MS_PER_DAY);
  let lo = u - 2 * MS_PER_DAY;
  let hi = u + 2 * MS_PER_DAY;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localOf(mid) <= day) lo = mid;
    else hi = mid;
  }
  return lo;
}
