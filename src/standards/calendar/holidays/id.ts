/**
 * Indonesia — national public holidays (hari libur nasional) fixed each year by the Joint Decree (SKB) of the
 * Minister of Religious Affairs, the Minister of Manpower and the Minister of State Apparatus Empowerment and
 * Bureaucratic Reform, under Presidential Decree 24/2013 on national holidays. Collective leave days (cuti
 * bersama, e.g. around Idul Fitri) are NOT included: they bind the civil service and are drawn from
 * employees' annual leave elsewhere; add them with extraHolidays where an operator closes on them. Indonesia
 * gives no substitute days for holidays on a weekend. Islamic dates follow the government's calendar and
 * isbat session.
 */
import type { EconomyHolidays } from '../types.ts';

export const ID_HOLIDAYS: EconomyHolidays = {
  economy: 'ID',
  years: [2025, 2026, 2027],
  source: 'Joint Ministerial Decree (SKB 3 Menteri) on national holidays and collective leave, issued yearly',
  holidays: [
    { date: '2025-01-01', name: "New Year's Day" },
    { date: '2025-01-27', name: 'Isra Mi’raj of the Prophet Muhammad' },
    { date: '2025-01-29', name: 'Chinese New Year (Imlek)' },
    { date: '2025-03-29', name: 'Day of Silence (Nyepi, Saka New Year)' },
    { date: '2025-03-31', name: 'Idul Fitri' },
    { date: '2025-04-01', name: 'Idul Fitri (2nd day)' },
    { date: '2025-04-18', name: 'Good Friday' },
    { date: '2025-04-20', name: 'Easter Sunday' },
    { date: '2025-05-01', name: 'International Labour Day' },
    { date: '2025-05-12', name: 'Vesak Day (Waisak)' },
    { date: '2025-05-29', name: 'Ascension Day of Jesus Christ' },
    { date: '2025-06-01', name: 'Pancasila Day' },
    { date: '2025-06-06', name: 'Idul Adha' },
    { date: '2025-06-27', name: 'Islamic New Year' },
    { date: '2025-08-17', name: 'Independence Day' },
    { date: '2025-09-05', name: 'Birthday of the Prophet Muhammad (Maulid Nabi)' },
    { date: '2025-12-25', name: 'Christmas Day' },
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-01-16', name: 'Isra Mi’raj of the Prophet Muhammad' },
    { date: '2026-02-17', name: 'Chinese New Year (Imlek)' },
    { date: '2026-03-19', name: 'Day of Silence (Nyepi, Saka New Year)' },
    { date: '2026-03-21', name: 'Idul Fitri' },
    { date: '2026-03-22', name: 'Idul Fitri (2nd day)' },
    { date: '2026-04-03', name: 'Good Friday' },
    { date: '2026-04-05', name: 'Easter Sunday' },
    { date: '2026-05-01', name: 'International Labour Day' },
    { date: '2026-05-14', name: 'Ascension Day of Jesus Christ' },
    { date: '2026-05-27', name: 'Idul Adha' },
    { date: '2026-05-31', name: 'Vesak Day (Waisak)' },
    { date: '2026-06-01', name: 'Pancasila Day' },
    { date: '2026-06-16', name: 'Islamic New Year', tentative: true },
    { date: '2026-08-17', name: 'Independence Day' },
    { date: '2026-08-25', name: 'Birthday of the Prophet Muhammad (Maulid Nabi)' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-01-05', name: 'Isra Mi’raj of the Prophet Muhammad', tentative: true },
    { date: '2027-02-06', name: 'Chinese New Year (Imlek)' },
    { date: '2027-03-09', name: 'Day of Silence (Nyepi, Saka New Year)', tentative: true },
    { date: '2027-03-10', name: 'Idul Fitri', tentative: true },
    { date: '2027-03-11', name: 'Idul Fitri (2nd day)', tentative: true },
    { date: '2027-03-26', name: 'Good Friday' },
    { date: '2027-03-28', name: 'Easter Sunday' },
    { date: '2027-05-01', name: 'International Labour Day' },
    { date: '2027-05-06', name: 'Ascension Day of Jesus Christ' },
    { date: '2027-05-17', name: 'Idul Adha', tentative: true },
    { date: '2027-05-20', name: 'Vesak Day (Waisak)', tentative: true },
    { date: '2027-06-01', name: 'Pancasila Day' },
    { date: '2027-06-06', name: 'Islamic New Year', tentative: true },
    { date: '2027-08-15', name: 'Birthday of the Prophet Muhammad (Maulid Nabi)', tentative: true },
    { date: '2027-08-17', name: 'Independence Day' },
    { date: '2027-12-25', name: 'Christmas Day' },
    // 27 Rajab 1449 falls a lunar year after 27 Rajab 1448, so Isra Mi'raj comes twice in 2027.
    { date: '2027-12-26', name: 'Isra Mi’raj of the Prophet Muhammad', tentative: true },
  ],
};
