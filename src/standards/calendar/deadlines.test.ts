import { describe, expect, it } from 'vitest';
import { calendarFor, isWorkingDay } from './calendar.ts';
import { addDays } from './dates.ts';
import {
  addWorkingDays,
  holidaysBetween,
  MAX_WORKING_DAYS,
  tryAddWorkingDays,
  tryWorkingDaysBetween,
  workingDaysBetween,
} from './deadlines.ts';
import { ECONOMY_CODES } from './economies.ts';
import { CalendarError, type WorkingCalendar } from './types.ts';

const VN = calendarFor('VN')!;
const SG = calendarFor('SG')!;
const TH = calendarFor('TH')!;
const BN = calendarFor('BN')!;
const at = (iso: string) => new Date(iso);
const due = (cal: WorkingCalendar, from: string, days: number) =>
  addWorkingDays(cal, at(from), days).toISOString();

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof CalendarError ? e.code : 'not a CalendarError';
  }
  return undefined;
};

describe('addWorkingDays', () => {
  it('skips weekends; the start day never counts', () => {
    // Monday 2026-03-09 10:00 in Ha Noi → day 1 is Tuesday
    expect(due(VN, '2026-03-09T03:00:00Z', 1)).toBe('2026-03-10T16:59:59.999Z');
    // Friday 2026-03-06 → day 1 is Monday 9th, day 5 Friday 13th, day 6 Monday 16th
    expect(due(VN, '2026-03-06T03:00:00Z', 1)).toBe('2026-03-09T16:59:59.999Z');
    expect(due(VN, '2026-03-06T03:00:00Z', 5)).toBe('2026-03-13T16:59:59.999Z');
    expect(due(VN, '2026-03-06T03:00:00Z', 6)).toBe('2026-03-16T16:59:59.999Z');
    // filed on a Saturday: day 1 is Monday
    expect(due(VN, '2026-03-07T03:00:00Z', 1)).toBe('2026-03-09T16:59:59.999Z');
  });

  it('skips Vietnamese Tết 2026 (16–20 February)', () => {
    // Friday 13 February: weekend, five Tết days, weekend — a 7-day window ends on Tuesday 3 March
    expect(due(VN, '2026-02-13T03:00:00Z', 1)).toBe('2026-02-23T16:59:59.999Z');
    expect(due(VN, '2026-02-13T03:00:00Z', 7)).toBe('2026-03-03T16:59:59.999Z');
  });

  it('skips Singapore National Day 2026 and its observed Monday', () => {
    expect(due(SG, '2026-08-07T02:00:00Z', 1)).toBe('2026-08-11T15:59:59.999Z');
  });

  it('skips Thai Songkran, including the 2025 substitution day', () => {
    // Friday 10 April 2026: weekend, Songkran 13–15 April → days 1–3 are 16, 17, 20 April
    expect(due(TH, '2026-04-10T05:00:00Z', 3)).toBe('2026-04-20T16:59:59.999Z');
    // Friday 11 April 2025: weekend, 14–15 April, substitution day 16 April → day 1 is Thursday 17th
    expect(due(TH, '2025-04-11T05:00:00Z', 1)).toBe('2025-04-17T16:59:59.999Z');
  });

  it("counts Brunei's Saturday and skips its Friday", () => {
    // Thursday 2 July 2026 in Bandar Seri Begawan → day 1 Saturday 4th, day 2 Monday 6th
    expect(due(BN, '2026-07-02T02:00:00Z', 1)).toBe('2026-07-04T15:59:59.999Z');
    expect(due(BN, '2026-07-02T02:00:00Z', 2)).toBe('2026-07-06T15:59:59.999Z');
    // Thursday 24 December 2026: Christmas (Friday), its replacement (Saturday), Sunday → Monday 28th
    expect(due(BN, '2026-12-24T02:00:00Z', 1)).toBe('2026-12-28T15:59:59.999Z');
  });

  it('uses the local date of the start: 2026-03-02T20:00Z is already 3 March in Ha Noi', () => {
    const filed = '2026-03-02T20:00:00Z';
    expect(due(VN, filed, 0)).toBe('2026-03-03T16:59:59.999Z');
    expect(due(VN, filed, 1)).toBe('2026-03-04T16:59:59.999Z');
    // the same instant is still 2 March in a UTC-based calendar
    const utc: WorkingCalendar = { ...VN, timeZone: 'UTC' };
    expect(due(utc, filed, 1)).toBe('2026-03-03T23:59:59.999Z');
  });

  it('with 0 days: end of the start day if working, else of the next working day', () => {
    expect(due(VN, '2026-03-03T01:00:00Z', 0)).toBe('2026-03-03T16:59:59.999Z');
    expect(due(VN, '2026-03-07T01:00:00Z', 0)).toBe('2026-03-09T16:59:59.999Z'); // Saturday → Monday
    expect(due(VN, '2026-02-14T01:00:00Z', 0)).toBe('2026-02-23T16:59:59.999Z'); // Tết → 23 Feb
  });

  it('applies operator extra and removed holidays', () => {
    const cal = calendarFor('VN', [{ date: '2026-03-04', name: 'Provincial holiday' }], ['2026-02-20'])!;
    expect(due(cal, '2026-03-03T03:00:00Z', 1)).toBe('2026-03-05T16:59:59.999Z');
    expect(due(cal, '2026-02-13T03:00:00Z', 1)).toBe('2026-02-20T16:59:59.999Z');
  });

  it('treats years outside the data as weekends only', () => {
    // 1 January 2030 (a Tuesday) is New Year's Day, but 2030 has no data
    expect(due(VN, '2029-12-31T03:00:00Z', 1)).toBe('2030-01-01T16:59:59.999Z');
  });

  it('refuses bad day counts and instants (programming errors) with stable codes', () => {
    const from = at('2026-03-03T03:00:00Z');
    expect(codeOf(() => addWorkingDays(VN, from, MAX_WORKING_DAYS + 1))).toBe('CALENDAR_RANGE');
    expect(codeOf(() => addWorkingDays(VN, from, -1))).toBe('CALENDAR_DAYS');
    expect(codeOf(() => addWorkingDays(VN, from, 1.5))).toBe('CALENDAR_DAYS');
    expect(codeOf(() => addWorkingDays(VN, from, Number.NaN))).toBe('CALENDAR_DAYS');
    expect(codeOf(() => addWorkingDays(VN, from, '7' as unknown as number))).toBe('CALENDAR_DAYS');
    expect(codeOf(() => addWorkingDays(VN, new Date('nope'), 1))).toBe('CALENDAR_INSTANT');
    expect(codeOf(() => addWorkingDays({ ...VN, timeZone: 'Mars/Olympus' }, from, 1))).toBe(
      'CALENDAR_TIME_ZONE',
    );
    expect(codeOf(() => addWorkingDays(VN, new Date('9999-12-29T00:00:00Z'), 10))).toBe('CALENDAR_RANGE');
  });

  it('finds the cap reachable and bounded', () => {
    const from = at('2026-03-03T03:00:00Z');
    const far = addWorkingDays(VN, from, MAX_WORKING_DAYS);
    expect(workingDaysBetween(VN, from, far)).toBe(MAX_WORKING_DAYS);
    const never: WorkingCalendar = { ...VN, weekend: [0, 1, 2, 3, 4, 5, 6] };
    expect(codeOf(() => addWorkingDays(never, from, 1))).toBe('CALENDAR_RANGE');
    expect(codeOf(() => addWorkingDays(never, from, 0))).toBe('CALENDAR_RANGE');
  });
});

describe('tryAddWorkingDays', () => {
  it('returns the deadline and its local date', () => {
    const r = tryAddWorkingDays(VN, at('2026-02-13T03:00:00Z'), 7);
    expect(r).toEqual({
      ok: true,
      value: { at: new Date('2026-03-03T16:59:59.999Z'), localDate: '2026-03-03' },
    });
  });

  it('returns errors instead of throwing', () => {
    const r = tryAddWorkingDays(VN, at('2026-02-13T03:00:00Z'), 99_999);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['CALENDAR_RANGE']);
    const bad = tryAddWorkingDays(null as unknown as WorkingCalendar, at('2026-02-13T03:00:00Z'), 1);
    expect(bad.ok).toBe(false);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after from, up to and including to', () => {
    expect(workingDaysBetween(VN, at('2026-02-13T03:00:00Z'), at('2026-03-03T10:00:00Z'))).toBe(7);
    expect(workingDaysBetween(VN, at('2026-03-09T03:00:00Z'), at('2026-03-10T00:00:00Z'))).toBe(1);
    // Tuesday 2026-03-03 03:00 in Ha Noi = 2026-03-02T20:00Z: local 3 March → 4 March is one day
    expect(workingDaysBetween(VN, at('2026-03-02T20:00:00Z'), at('2026-03-04T01:00:00Z'))).toBe(1);
    expect(workingDaysBetween(BN, at('2026-07-02T02:00:00Z'), at('2026-07-06T02:00:00Z'))).toBe(2);
  });

  it('is 0 when to is not after from, or on the same local day', () => {
    expect(workingDaysBetween(VN, at('2026-03-05T03:00:00Z'), at('2026-03-03T03:00:00Z'))).toBe(0);
    expect(workingDaysBetween(VN, at('2026-03-03T01:00:00Z'), at('2026-03-03T16:00:00Z'))).toBe(0);
  });

  it('agrees with a day-by-day count in every economy', () => {
    for (const code of ECONOMY_CODES) {
      const cal = calendarFor(code)!;
      for (const start of ['2024-12-20', '2025-03-28', '2026-02-13', '2026-12-24', '2027-07-16']) {
        const from = new Date(`${start}T05:00:00Z`);
        let expected = 0;
        for (let n = 1; n <= 400; n++) {
          const d = addDays(start, n)!;
          if (isWorkingDay(cal, d)) expected++;
          if (n % 37 === 0 || n === 400) {
            const to = new Date(`${d}T05:00:00Z`);
            expect(workingDaysBetween(cal, from, to), `${code} ${start} + ${n}`).toBe(expected);
          }
        }
      }
    }
  });

  it('inverts addWorkingDays', () => {
    const from = at('2025-12-30T09:00:00Z');
    for (const code of ECONOMY_CODES) {
      const cal = calendarFor(code)!;
      for (const n of [1, 7, 30, 250]) {
        expect(workingDaysBetween(cal, from, addWorkingDays(cal, from, n)), `${code} ${n}`).toBe(n);
      }
    }
  });

  it('handles spans of centuries quickly and reports bad instants', () => {
    let expected = 0;
    for (let d = '2000-01-02'; d <= '2099-12-31'; d = addDays(d, 1)!) if (isWorkingDay(VN, d)) expected++;
    // 36,524 days: 5,217 weeks (26,085 weekdays) + 5 more days (Sun 27 – Thu 31 Dec 2099: 4 weekdays), minus
    // the weekday holidays of 2025–2027 (11 + 11 + 11 = 33)
    expect(expected).toBe(26085 + 4 - 33);
    expect(workingDaysBetween(VN, at('2000-01-01T00:00:00Z'), at('2099-12-31T00:00:00Z'))).toBe(expected);
    const r = tryWorkingDaysBetween(VN, at('2026-01-01T00:00:00Z'), new Date(Number.NaN));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('CALENDAR_INSTANT');
    expect(tryWorkingDaysBetween(VN, at('2026-02-13T03:00:00Z'), at('2026-03-03T10:00:00Z'))).toEqual({
      ok: true,
      value: 7,
    });
  });
});

describe('holidaysBetween', () => {
  it('lists holidays in the range, both ends included, with weekend and tentative flags', () => {
    expect(holidaysBetween(VN, '2026-02-16', '2026-02-20').map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(holidaysBetween(SG, '2026-08-01', '2026-08-31')).toEqual([
      { date: '2026-08-09', name: 'National Day', tentative: false, onWeekend: true },
      { date: '2026-08-10', name: 'National Day (observed)', tentative: false, onWeekend: false },
    ]);
    expect(holidaysBetween(VN, '2026-09-01', '2026-09-30')).toEqual([
      { date: '2026-09-02', name: 'National Day', tentative: false, onWeekend: false },
      { date: '2026-09-03', name: 'National Day holiday', tentative: true, onWeekend: false },
    ]);
  });

  it('is empty for invalid or reversed ranges', () => {
    expect(holidaysBetween(VN, '2026-12-31', '2026-01-01')).toEqual([]);
    expect(holidaysBetween(VN, '2026-02-30', '2026-03-31')).toEqual([]);
    expect(holidaysBetween(VN, '2030-01-01', '2030-12-31')).toEqual([]);
  });
});
