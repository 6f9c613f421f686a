import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromCivil,
  formatIsoDate,
  isIsoDate,
  MAX_DAY,
  MIN_DAY,
  parseIsoDate,
  weekdayOf,
} from './dates.ts';

describe('ISO dates', () => {
  it('maps dates to day numbers and back', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2026-03-03')).toBe(20515);
    expect(formatIsoDate(20515)).toBe('2026-03-03');
    expect(parseIsoDate('0001-01-01')).toBe(MIN_DAY);
    expect(parseIsoDate('9999-12-31')).toBe(MAX_DAY);
    expect(formatIsoDate(MIN_DAY)).toBe('0001-01-01');
    expect(formatIsoDate(-1)).toBe('1969-12-31');
    expect(dayFromCivil(2000, 2, 29)).toBe(11016);
  });

  it('round-trips every day of four centuries', () => {
    const start = parseIsoDate('1900-01-01')!;
    const end = parseIsoDate('2300-12-31')!;
    const wrong: number[] = [];
    for (let d = start; d <= end; d++) if (parseIsoDate(formatIsoDate(d)) !== d) wrong.push(d);
    expect(wrong).toEqual([]);
    expect(end - start + 1).toBe(146462);
  });

  it('refuses what is not a strict date', () => {
    for (const bad of [
      '2026-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0000-01-01',
      '2026-3-3',
      '2026-03-03T00:00',
      ' 2026-03-03',
      '２０２６-03-03',
      '',
      null,
      20260303,
      {},
    ]) {
      expect(parseIsoDate(bad), String(bad)).toBeNull();
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(weekdayOf(parseIsoDate('1970-01-01')!)).toBe(4);
    expect(weekdayOf(parseIsoDate('2026-02-17')!)).toBe(2);
    expect(weekdayOf(parseIsoDate('2026-08-09')!)).toBe(0);
    expect(weekdayOf(parseIsoDate('1969-12-27')!)).toBe(6);
  });

  it('adds days within 0001–9999', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2024-02-27', 2)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('not a date', 1)).toBeNull();
    expect(addDays('2026-01-01', 0.5)).toBeNull();
  });
});
