/**
 * Viet Nam — public holidays under the Labour Code 2019 (No. 45/2019/QH14) art. 112: New Year's Day, five
 * days of Lunar New Year (Tết; the Prime Minister fixes which five each year), Hung Kings' Commemoration
 * (10th day of the 3rd lunar month), Reunification Day (30 April), International Labour Day (1 May) and
 * National Day (2 September plus one adjacent day the Prime Minister chooses). A holiday falling on the
 * weekly rest day gives a compensatory day off on the next working day (art. 111–112). Source of the yearly
 * dates: the Prime Minister's annual notice on Tết and National Day (published by the Ministry of Home
 * Affairs / Ministry of Labour). Civil-service swaps of working days (a Saturday worked to bridge a holiday)
 * are not modelled: they bind state agencies only and a Saturday cannot be made a working day in this model.
 */
import type { EconomyHolidays } from '../types.ts';

export const VN_HOLIDAYS: EconomyHolidays = {
  economy: 'VN',
  years: [2025, 2026, 2027],
  source:
    'Labour Code 2019 art. 112 and the Prime Minister’s annual notice on the Tết and National Day holidays',
  holidays: [
    // 2025 — Tết Ất Tỵ: 29 January; official days 27–31 January (28 Chạp to the 3rd of Tết).
    { date: '2025-01-01', name: "New Year's Day" },
    { date: '2025-01-27', name: 'Lunar New Year (Tết) holiday' },
    { date: '2025-01-28', name: 'Lunar New Year’s Eve (Tết)' },
    { date: '2025-01-29', name: 'Lunar New Year (Tết), 1st day' },
    { date: '2025-01-30', name: 'Lunar New Year (Tết), 2nd day' },
    { date: '2025-01-31', name: 'Lunar New Year (Tết), 3rd day' },
    { date: '2025-04-07', name: 'Hung Kings’ Commemoration Day' },
    { date: '2025-04-30', name: 'Reunification Day' },
    { date: '2025-05-01', name: 'International Labour Day' },
    { date: '2025-09-01', name: 'National Day holiday' },
    { date: '2025-09-02', name: 'National Day' },
    // 2026 — Tết Bính Ngọ: 17 February; official days 16–20 February (New Year's Eve to the 4th of Tết).
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-02-16', name: 'Lunar New Year’s Eve (Tết)' },
    { date: '2026-02-17', name: 'Lunar New Year (Tết), 1st day' },
    { date: '2026-02-18', name: 'Lunar New Year (Tết), 2nd day' },
    { date: '2026-02-19', name: 'Lunar New Year (Tết), 3rd day' },
    { date: '2026-02-20', name: 'Lunar New Year (Tết), 4th day' },
    { date: '2026-04-26', name: 'Hung Kings’ Commemoration Day' },
    { date: '2026-04-27', name: 'Hung Kings’ Commemoration Day (compensatory day)' },
    { date: '2026-04-30', name: 'Reunification Day' },
    { date: '2026-05-01', name: 'International Labour Day' },
    { date: '2026-09-02', name: 'National Day' },
    // The adjacent day is chosen each year; 3 September follows the precedent of 2020 (2 September on a
    // Wednesday).
    { date: '2026-09-03', name: 'National Day holiday', tentative: true },
    // 2027 — Tết Đinh Mùi: 6 February (a Saturday). Which five days are official is decided in 2026:
    // estimated as New Year's Eve to the 4th of Tết, with compensatory days for the two that fall on the
    // weekend.
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-02-05', name: 'Lunar New Year’s Eve (Tết)', tentative: true },
    { date: '2027-02-06', name: 'Lunar New Year (Tết), 1st day', tentative: true },
    { date: '2027-02-07', name: 'Lunar New Year (Tết), 2nd day', tentative: true },
    { date: '2027-02-08', name: 'Lunar New Year (Tết), 3rd day', tentative: true },
    { date: '2027-02-09', name: 'Lunar New Year (Tết), 4th day', tentative: true },
    { date: '2027-02-10', name: 'Lunar New Year (Tết) (compensatory day)', tentative: true },
    { date: '2027-02-11', name: 'Lunar New Year (Tết) (compensatory day)', tentative: true },
    { date: '2027-04-16', name: 'Hung Kings’ Commemoration Day' },
    { date: '2027-04-30', name: 'Reunification Day' },
    { date: '2027-05-01', name: 'International Labour Day' },
    { date: '2027-05-03', name: 'International Labour Day (compensatory day)' },
    { date: '2027-09-02', name: 'National Day' },
    { date: '2027-09-03', name: 'National Day holiday', tentative: true },
  ],
};
