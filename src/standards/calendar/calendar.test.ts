import { describe, expect, it } from 'vitest';
import {
  type CalendarOptions,
  calendarFor,
  coverage,
  isWorkingDay,
  MAX_CONFIG_ENTRIES,
  resolveCalendar,
} from './calendar.ts';

const codes = (r: { ok: boolean; errors?: { code: string; location?: string }[] }) =>
  r.ok ? [] : (r.errors ?? []).map((e) => `${e.code}@${e.location ?? ''}`);

describe('calendarFor / resolveCalendar', () => {
  it('builds an economy calendar, case-insensitively', () => {
    const vn = calendarFor('vn')!;
    expect(vn.economy).toBe('VN');
    expect(vn.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect([...vn.weekend].sort()).toEqual([0, 6]);
    expect(vn.holidays.get('2026-02-17')).toBe('Lunar New Year (Tết), 1st day');
    expect(vn.tentative?.has('2026-09-03')).toBe(true);
    expect(calendarFor('VN')).toBe(vn); // the unchanged calendar is shared
  });

  it('returns undefined / CALENDAR_ECONOMY for anything else', () => {
    expect(calendarFor('XX')).toBeUndefined();
    expect(calendarFor('')).toBeUndefined();
    expect(calendarFor('VNM')).toBeUndefined();
    expect(calendarFor(42 as unknown as string)).toBeUndefined();
    expect(codes(resolveCalendar('CN'))).toEqual(['CALENDAR_ECONOMY@']);
  });

  it('adds operator holidays and removes dates', () => {
    const base = calendarFor('VN')!;
    const cal = calendarFor(
      'VN',
      [
        { date: '2026-03-04', name: ' Provincial holiday ' },
        { date: '2026-04-30', name: 'Reunification Day' },
        { date: '2026-09-03', name: 'National Day holiday (confirmed)' },
      ],
      ['2026-05-01', '2026-09-03'],
    )!;
    expect(cal.holidays.get('2026-03-04')).toBe('Provincial holiday');
    expect(cal.holidays.get('2026-04-30')).toBe('Reunification Day'); // same name: not doubled
    expect(cal.holidays.has('2026-05-01')).toBe(false);
    // removed first, then added: the operator's name replaces the data's, and the date is no longer tentative
    expect(cal.holidays.get('2026-09-03')).toBe('National Day holiday (confirmed)');
    expect(cal.tentative?.has('2026-09-03')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-04')).toBe(false);
    expect(isWorkingDay(cal, '2026-05-01')).toBe(true);
    // the shared base calendar is untouched
    expect(base.holidays.has('2026-03-04')).toBe(false);
    expect(base.holidays.has('2026-05-01')).toBe(true);
    const merged = calendarFor('SG', [{ date: '2026-08-10', name: 'Company day' }])!;
    expect(merged.holidays.get('2026-08-10')).toBe('National Day (observed) / Company day');
  });

  it('reports every configuration problem with a location, and never throws', () => {
    const r = resolveCalendar('VN', {
      extraHolidays: [
        { date: '2026-02-30', name: 'x' },
        { date: '2026-03-04', name: '   ' },
        null as unknown as { date: string; name: string },
        { date: '2026-03-05', name: 'y'.repeat(201) },
      ],
      removedDates: ['2026-13-01', '2026-01-01'],
    });
    expect(codes(r)).toEqual([
      'CALENDAR_DATE@extraHolidays[0].date',
      'CALENDAR_NAME@extraHolidays[1].name',
      'CALENDAR_CONFIG@extraHolidays[2]',
      'CALENDAR_NAME@extraHolidays[3].name',
      'CALENDAR_DATE@removedDates[0]',
    ]);
    expect(calendarFor('VN', [{ date: 'tomorrow', name: 'x' }])).toBeUndefined();
    expect(codes(resolveCalendar('VN', { extraHolidays: 'x' as unknown as [] }))).toEqual([
      'CALENDAR_CONFIG@extraHolidays',
    ]);
    expect(codes(resolveCalendar('VN', { removedDates: {} as unknown as [] }))).toEqual([
      'CALENDAR_CONFIG@removedDates',
    ]);
    const many = Array.from({ length: MAX_CONFIG_ENTRIES + 1 }, () => '2026-01-01');
    expect(codes(resolveCalendar('VN', { removedDates: many }))).toEqual(['CALENDAR_CONFIG@removedDates']);
    const hostile = {
      get extraHolidays(): never {
        throw new Error('boom');
      },
    };
    expect(codes(resolveCalendar('VN', hostile))).toEqual(['CALENDAR_CONFIG@']);
    expect(codes(resolveCalendar('VN', null as unknown as CalendarOptions))).toEqual(['CALENDAR_CONFIG@']);
  });
});

describe('coverage', () => {
  it('says which years have holiday data', () => {
    expect(coverage('VN')).toEqual([2025, 2026, 2027]);
    expect(coverage('bn')).toEqual([2025, 2026, 2027]);
    expect(coverage('XX')).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it('skips weekends and holidays', () => {
    const vn = calendarFor('VN')!;
    expect(isWorkingDay(vn, '2026-03-03')).toBe(true); // Tuesday
    expect(isWorkingDay(vn, '2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay(vn, '2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay(vn, '2026-02-19')).toBe(false); // Tết
    expect(isWorkingDay(vn, '2026-02-23')).toBe(true);
  });

  it("follows Brunei's Friday–Sunday weekend", () => {
    const bn = calendarFor('BN')!;
    expect(isWorkingDay(bn, '2026-07-02')).toBe(true); // Thursday
    expect(isWorkingDay(bn, '2026-07-03')).toBe(false); // Friday
    expect(isWorkingDay(bn, '2026-07-04')).toBe(true); // Saturday
    expect(isWorkingDay(bn, '2026-07-05')).toBe(false); // Sunday
    expect(isWorkingDay(bn, '2026-12-26')).toBe(false); // Saturday, replacement for Christmas on a Friday
  });

  it('treats years outside the data as weekends only', () => {
    const vn = calendarFor('VN')!;
    expect(isWorkingDay(vn, '2030-01-01')).toBe(true); // a Tuesday; no 2030 data
    expect(isWorkingDay(vn, '2024-09-02')).toBe(true); // a Monday; no 2024 data
  });

  it('returns false for anything that is not a date', () => {
    const vn = calendarFor('VN')!;
    expect(isWorkingDay(vn, '2026-02-30')).toBe(false);
    expect(isWorkingDay(vn, 'Tuesday')).toBe(false);
    expect(isWorkingDay(vn, undefined as unknown as string)).toBe(false);
  });
});
