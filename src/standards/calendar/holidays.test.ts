import { describe, expect, it } from 'vitest';
import { parseIsoDate, weekdayOf } from './dates.ts';
import { ECONOMIES, ECONOMY_CODES } from './economies.ts';
import { HOLIDAY_DATA } from './holidays/index.ts';
import { isValidTimeZone } from './zone.ts';

const dates = (economy: keyof typeof HOLIDAY_DATA, year: number, name: RegExp) =>
  HOLIDAY_DATA[economy].holidays
    .filter((h) => h.date.startsWith(`${year}-`) && name.test(h.name))
    .map((h) => h.date);

describe('economies', () => {
  it('covers exactly the ten ASEAN economies, each with a valid IANA zone and weekend', () => {
    expect([...ECONOMY_CODES].sort()).toEqual(['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'VN']);
    expect(Object.keys(HOLIDAY_DATA).sort()).toEqual([...ECONOMY_CODES].sort());
    for (const code of ECONOMY_CODES) {
      const info = ECONOMIES[code];
      expect(info.economy).toBe(code);
      expect(isValidTimeZone(info.timeZone), info.timeZone).toBe(true);
      expect(info.weekend.length).toBe(2);
      for (const w of info.weekend) expect(Number.isInteger(w) && w >= 0 && w <= 6).toBe(true);
    }
    expect(ECONOMIES.VN.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(ECONOMIES.TH.timeZone).toBe('Asia/Bangkok');
    expect(ECONOMIES.ID.timeZone).toBe('Asia/Jakarta');
    expect(ECONOMIES.SG.timeZone).toBe('Asia/Singapore');
  });

  it('gives Brunei a Friday–Sunday weekend and everyone else Saturday–Sunday', () => {
    expect([...ECONOMIES.BN.weekend].sort()).toEqual([0, 5]);
    for (const code of ECONOMY_CODES.filter((c) => c !== 'BN')) {
      expect([...ECONOMIES[code].weekend].sort(), code).toEqual([0, 6]);
    }
  });
});

describe('holiday data files', () => {
  for (const code of ECONOMY_CODES) {
    const data = HOLIDAY_DATA[code];
    it(`${code}: sorted unique valid dates within its years, each with a name`, () => {
      expect(data.economy).toBe(code);
      expect(data.years).toEqual([2025, 2026, 2027]);
      expect(data.source.length).toBeGreaterThan(10);
      let previous = Number.NEGATIVE_INFINITY;
      for (const h of data.holidays) {
        const day = parseIsoDate(h.date);
        expect(day, `${code} ${h.date}`).not.toBeNull();
        expect(day!, `${code} ${h.date} is not after the entry before it`).toBeGreaterThan(previous);
        previous = day!;
        expect(data.years).toContain(Number(h.date.slice(0, 4)));
        expect(h.name.trim(), `${code} ${h.date}`).toBe(h.name);
        expect(h.name.length).toBeGreaterThan(2);
        expect(h.name.length).toBeLessThanOrEqual(200);
        expect(h.tentative === undefined || h.tentative === true, `${code} ${h.date}`).toBe(true);
      }
      for (const y of data.years) {
        expect(
          data.holidays.some((h) => h.date.startsWith(`${y}-`)),
          `${code} ${y}`,
        ).toBe(true);
      }
    });
  }

  it('lists well-known holidays on their dates', () => {
    expect(dates('VN', 2026, /Tết/)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(dates('VN', 2025, /Tết/)).toEqual([
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    expect(dates('SG', 2026, /National Day/)).toEqual(['2026-08-09', '2026-08-10']);
    expect(dates('SG', 2025, /Chinese New Year/)).toEqual(['2025-01-29', '2025-01-30']);
    for (const y of [2025, 2026, 2027]) {
      expect(dates('TH', y, /^Songkran Festival$/)).toEqual([`${y}-04-13`, `${y}-04-14`, `${y}-04-15`]);
      expect(dates('SG', y, /^National Day$/)).toEqual([`${y}-08-09`]);
      expect(dates('ID', y, /Independence/)).toEqual([`${y}-08-17`]);
      expect(dates('MY', y, /^Malaysia Day$/)).toEqual([`${y}-09-16`]);
      expect(dates('PH', y, /Rizal/)).toEqual([`${y}-12-30`]);
      expect(dates('LA', y, /National Day/)).toEqual([`${y}-12-02`]);
      expect(dates('BN', y, /^National Day$/)).toEqual([`${y}-02-23`]);
      expect(dates('KH', y, /Independence/)).toEqual([`${y}-11-09`]);
      expect(dates('MM', y, /Independence/)).toEqual([`${y}-01-04`]);
    }
    expect(dates('TH', 2025, /Songkran/)).toContain('2025-04-16');
    expect(dates('ID', 2026, /Idul Fitri/)).toEqual(['2026-03-21', '2026-03-22']);
    expect(dates('PH', 2026, /Heroes/)).toEqual(['2026-08-31']);
  });

  it('puts observed / substitute days on weekdays (working days of the economy)', () => {
    for (const code of ECONOMY_CODES) {
      const weekend = ECONOMIES[code].weekend;
      for (const h of HOLIDAY_DATA[code].holidays) {
        if (/observed|replacement|substitution|compensatory/.test(h.name)) {
          expect(weekend, `${code} ${h.date} ${h.name}`).not.toContain(weekdayOf(parseIsoDate(h.date)!));
        }
      }
    }
  });

  it('marks lunar dates not yet announced as tentative, and fixed-date holidays as not', () => {
    const tentative = (code: keyof typeof HOLIDAY_DATA, date: string) =>
      HOLIDAY_DATA[code].holidays.find((h) => h.date === date)?.tentative ?? false;
    expect(tentative('SG', '2027-03-10')).toBe(true); // Hari Raya Puasa 2027
    expect(tentative('SG', '2027-08-09')).toBe(false);
    expect(tentative('VN', '2026-02-17')).toBe(false);
    expect(tentative('LA', '2027-04-14')).toBe(false);
  });
});
