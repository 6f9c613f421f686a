import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates.ts';
import { CalendarError } from './types.ts';
import { endOfLocalDayMs, isValidTimeZone, localDate } from './zone.ts';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof CalendarError ? e.code : 'not a CalendarError';
  }
  return undefined;
};

describe('localDate', () => {
  it('gives the local date, not the UTC date', () => {
    const t = new Date('2026-03-02T20:00:00Z');
    expect(localDate(t, 'Asia/Ho_Chi_Minh')).toBe('2026-03-03');
    expect(localDate(t, 'Asia/Yangon')).toBe('2026-03-03'); // 02:30 +06:30
    expect(localDate(t, 'UTC')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-02T16:59:59.999Z'), 'Asia/Bangkok')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-02T17:00:00Z'), 'Asia/Bangkok')).toBe('2026-03-03');
    expect(localDate(new Date('2026-03-02T15:59:59.999Z'), 'Asia/Manila')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-02T16:00:00Z'), 'Asia/Manila')).toBe('2026-03-03');
  });

  it('handles instants before 1970 and far ahead', () => {
    expect(localDate(new Date(-1), 'Asia/Bangkok')).toBe('1970-01-01');
    expect(localDate(new Date('9999-12-29T12:00:00Z'), 'Asia/Jayapura')).toBe('9999-12-29');
  });

  it('throws CalendarError for programming errors', () => {
    expect(codeOf(() => localDate(new Date(Number.NaN), 'Asia/Bangkok'))).toBe('CALENDAR_INSTANT');
    expect(codeOf(() => localDate('2026-01-01' as unknown as Date, 'Asia/Bangkok'))).toBe('CALENDAR_INSTANT');
    expect(codeOf(() => localDate(new Date(0), 'Asia/Atlantis'))).toBe('CALENDAR_TIME_ZONE');
    expect(codeOf(() => localDate(new Date(0), ''))).toBe('CALENDAR_TIME_ZONE');
    expect(codeOf(() => localDate(new Date(8.64e15), 'Asia/Bangkok'))).toBe('CALENDAR_RANGE');
    expect(isValidTimeZone('Asia/Atlantis')).toBe(false);
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
  });
});

describe('endOfLocalDayMs', () => {
  const end = (iso: string, zone: string) =>
    new Date(endOfLocalDayMs(parseIsoDate(iso)!, zone)).toISOString();

  it('is 23:59:59.999 local time in each ASEAN zone', () => {
    expect(end('2026-03-03', 'Asia/Ho_Chi_Minh')).toBe('2026-03-03T16:59:59.999Z');
    expect(end('2026-03-03', 'Asia/Singapore')).toBe('2026-03-03T15:59:59.999Z');
    expect(end('2026-03-03', 'Asia/Yangon')).toBe('2026-03-03T17:29:59.999Z');
    expect(end('2026-03-03', 'Asia/Jayapura')).toBe('2026-03-03T14:59:59.999Z');
  });

  it('takes offsets from Intl, so offset changes and DST come out right', () => {
    // Singapore moved from UTC+7:30 to UTC+8 at 1981-12-31T16:00Z: clocks jumped from 23:30 to 00:00, so
    // 31 December 1981 ended at 23:29:59.999 local (+07:30) — there is no 23:59 that day.
    expect(end('1981-12-31', 'Asia/Singapore')).toBe('1981-12-31T15:59:59.999Z');
    expect(end('1981-12-30', 'Asia/Singapore')).toBe('1981-12-30T16:29:59.999Z');
    expect(end('1982-01-01', 'Asia/Singapore')).toBe('1982-01-01T15:59:59.999Z');
    // New York: EST (UTC−5) on 7 March 2026, EDT (UTC−4) from 8 March.
    expect(end('2026-03-07', 'America/New_York')).toBe('2026-03-08T04:59:59.999Z');
    expect(end('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z');
  });

  it('finds the end of a day whose last hour is skipped by a clock change', () => {
    // America/Santiago springs forward at 24:00 local on the first Saturday of September (2026-09-05):
    // 23:59:59.999 −04:00 is the last instant of that day.
    expect(end('2026-09-05', 'America/Santiago')).toBe('2026-09-06T03:59:59.999Z');
    // Samoa skipped 30 December 2011 entirely; the 29th ended at 24:00 −10:00.
    expect(end('2011-12-29', 'Pacific/Apia')).toBe('2011-12-30T09:59:59.999Z');
  });
});
