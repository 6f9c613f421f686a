/**
 * Lao PDR — official public holidays for all workers, per the Prime Minister's decree on public holidays and
 * the yearly notice of the Ministry of Labour and Social Welfare: International New Year, Lao New Year (Pi
 * Mai, three days), International Labour Day and National Day (2 December). Days off for one group only
 * (International Women's Day for women, Children's Day, Teachers' Day, Army Day) and festivals declared for
 * Vientiane Capital only (Boun That Luang, Boun Ok Phansa) are not listed; add them with extraHolidays where
 * they apply. The Government sometimes announces a substitute day or extends Pi Mai at short notice; those
 * are not predicted.
 */
import type { EconomyHolidays } from '../types.ts';

export const LA_HOLIDAYS: EconomyHolidays = {
  economy: 'LA',
  years: [2025, 2026, 2027],
  source:
    'Prime Minister’s decree on official holidays and the Ministry of Labour and Social Welfare’s yearly notice',
  holidays: [
    { date: '2025-01-01', name: "International New Year's Day" },
    { date: '2025-04-14', name: 'Lao New Year (Pi Mai)' },
    { date: '2025-04-15', name: 'Lao New Year (Pi Mai)' },
    { date: '2025-04-16', name: 'Lao New Year (Pi Mai)' },
    { date: '2025-05-01', name: 'International Labour Day' },
    { date: '2025-12-02', name: 'National Day' },
    { date: '2026-01-01', name: "International New Year's Day" },
    { date: '2026-04-14', name: 'Lao New Year (Pi Mai)' },
    { date: '2026-04-15', name: 'Lao New Year (Pi Mai)' },
    { date: '2026-04-16', name: 'Lao New Year (Pi Mai)' },
    { date: '2026-05-01', name: 'International Labour Day' },
    { date: '2026-12-02', name: 'National Day' },
    { date: '2027-01-01', name: "International New Year's Day" },
    { date: '2027-04-14', name: 'Lao New Year (Pi Mai)' },
    { date: '2027-04-15', name: 'Lao New Year (Pi Mai)' },
    { date: '2027-04-16', name: 'Lao New Year (Pi Mai)' },
    { date: '2027-05-01', name: 'International Labour Day' },
    { date: '2027-12-02', name: 'National Day' },
  ],
};
