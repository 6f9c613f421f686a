/**
 * Cambodia — public holidays set each year by Sub-Decree of the Royal Government (the Ministry of Labour and
 * Vocational Training publishes the list for the private sector). The list has been shortened in recent years
 * (Meak Bochea and International Human Rights Day are no longer holidays, the King's Birthday is one day
 * instead of three) and Peace Day in Cambodia (29 December) added. No substitute days are listed for holidays
 * on a weekend: the Government announces them case by case, if at all. Lunar holidays follow the Khmer
 * calendar: Visak Bochea (full moon of Pisak), the Royal Ploughing Ceremony (4th waning day of Pisak), Pchum
 * Ben (14th and 15th waning of Phatrabot and 1st waxing of Assoch) and the Water Festival (14th, 15th waxing
 * and 1st waning of Kadeuk). 2026 is a Khmer leap-month year (a second Asadha), which moves Pchum Ben and the
 * Water Festival about a month later than in 2025.
 */
import type { EconomyHolidays } from '../types.ts';

export const KH_HOLIDAYS: EconomyHolidays = {
  economy: 'KH',
  years: [2025, 2026, 2027],
  source: 'Annual Sub-Decree of the Royal Government of Cambodia on public holidays',
  holidays: [
    { date: '2025-01-01', name: "International New Year's Day" },
    { date: '2025-01-07', name: 'Victory over Genocide Day' },
    { date: '2025-03-08', name: 'International Women’s Day' },
    { date: '2025-04-14', name: 'Khmer New Year' },
    { date: '2025-04-15', name: 'Khmer New Year' },
    { date: '2025-04-16', name: 'Khmer New Year' },
    { date: '2025-05-01', name: 'International Labour Day' },
    { date: '2025-05-11', name: 'Visak Bochea Day' },
    { date: '2025-05-14', name: 'Birthday of His Majesty King Norodom Sihamoni' },
    { date: '2025-05-15', name: 'Royal Ploughing Ceremony' },
    { date: '2025-06-18', name: 'Birthday of Her Majesty Queen Mother Norodom Monineath Sihanouk' },
    { date: '2025-09-21', name: 'Pchum Ben Festival' },
    { date: '2025-09-22', name: 'Pchum Ben Festival' },
    { date: '2025-09-23', name: 'Pchum Ben Festival' },
    { date: '2025-09-24', name: 'Constitution Day' },
    { date: '2025-10-15', name: 'Commemoration Day of King Father Norodom Sihanouk' },
    { date: '2025-10-29', name: 'Coronation Day of His Majesty King Norodom Sihamoni' },
    { date: '2025-11-04', name: 'Water Festival' },
    { date: '2025-11-05', name: 'Water Festival' },
    { date: '2025-11-06', name: 'Water Festival' },
    { date: '2025-11-09', name: 'Independence Day' },
    { date: '2025-12-29', name: 'Peace Day in Cambodia' },
    { date: '2026-01-01', name: "International New Year's Day" },
    { date: '2026-01-07', name: 'Victory over Genocide Day' },
    { date: '2026-03-08', name: 'International Women’s Day' },
    { date: '2026-04-14', name: 'Khmer New Year' },
    { date: '2026-04-15', name: 'Khmer New Year' },
    { date: '2026-04-16', name: 'Khmer New Year' },
    // Full moon of Pisak 2026 falls on Labour Day.
    { date: '2026-05-01', name: 'International Labour Day / Visak Bochea Day', tentative: true },
    { date: '2026-05-05', name: 'Royal Ploughing Ceremony', tentative: true },
    { date: '2026-05-14', name: 'Birthday of His Majesty King Norodom Sihamoni' },
    { date: '2026-06-18', name: 'Birthday of Her Majesty Queen Mother Norodom Monineath Sihanouk' },
    { date: '2026-09-24', name: 'Constitution Day' },
    { date: '2026-10-10', name: 'Pchum Ben Festival', tentative: true },
    { date: '2026-10-11', name: 'Pchum Ben Festival', tentative: true },
    { date: '2026-10-12', name: 'Pchum Ben Festival', tentative: true },
    { date: '2026-10-15', name: 'Commemoration Day of King Father Norodom Sihanouk' },
    { date: '2026-10-29', name: 'Coronation Day of His Majesty King Norodom Sihamoni' },
    { date: '2026-11-09', name: 'Independence Day' },
    { date: '2026-11-23', name: 'Water Festival', tentative: true },
    { date: '2026-11-24', name: 'Water Festival', tentative: true },
    { date: '2026-11-25', name: 'Water Festival', tentative: true },
    { date: '2026-12-29', name: 'Peace Day in Cambodia' },
    { date: '2027-01-01', name: "International New Year's Day" },
    { date: '2027-01-07', name: 'Victory over Genocide Day' },
    { date: '2027-03-08', name: 'International Women’s Day' },
    { date: '2027-04-14', name: 'Khmer New Year' },
    { date: '2027-04-15', name: 'Khmer New Year' },
    { date: '2027-04-16', name: 'Khmer New Year' },
    { date: '2027-05-01', name: 'International Labour Day' },
    { date: '2027-05-14', name: 'Birthday of His Majesty King Norodom Sihamoni' },
    { date: '2027-05-20', name: 'Visak Bochea Day', tentative: true },
    { date: '2027-05-24', name: 'Royal Ploughing Ceremony', tentative: true },
    { date: '2027-06-18', name: 'Birthday of Her Majesty Queen Mother Norodom Monineath Sihanouk' },
    { date: '2027-09-24', name: 'Constitution Day' },
    { date: '2027-09-29', name: 'Pchum Ben Festival', tentative: true },
    { date: '2027-09-30', name: 'Pchum Ben Festival', tentative: true },
    { date: '2027-10-01', name: 'Pchum Ben Festival', tentative: true },
    { date: '2027-10-15', name: 'Commemoration Day of King Father Norodom Sihanouk' },
    { date: '2027-10-29', name: 'Coronation Day of His Majesty King Norodom Sihamoni' },
    { date: '2027-11-09', name: 'Independence Day' },
    { date: '2027-11-12', name: 'Water Festival', tentative: true },
    { date: '2027-11-13', name: 'Water Festival', tentative: true },
    { date: '2027-11-14', name: 'Water Festival', tentative: true },
    { date: '2027-12-29', name: 'Peace Day in Cambodia' },
  ],
};
