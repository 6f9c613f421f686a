/**
 * Malaysia — the national public holidays gazetted under the Holidays Act 1951 (Act 369) and published each
 * year by the Prime Minister's Department (Bahagian Kabinet, Perlembagaan dan Perhubungan Antara Kerajaan).
 * Only days observed nationwide are listed (Deepavali is not a holiday in Sarawak, nor the second day of
 * Chinese New Year in Kelantan and Terengganu). State holidays — New Year's Day, Thaipusam, Nuzul Al-Quran,
 * Federal Territory Day, Rulers' birthdays, Gawai, Kaamatan and others — are left to operator configuration
 * (extraHolidays). When a holiday falls on a Sunday, the next day is a holiday (Act 369 s. 3), for the states
 * whose weekend is Saturday–Sunday; a Saturday holiday gives no weekday off. Islamic dates are "subject to
 * moon sighting".
 */
import type { EconomyHolidays } from '../types.ts';

export const MY_HOLIDAYS: EconomyHolidays = {
  economy: 'MY',
  years: [2025, 2026, 2027],
  source: 'Holidays Act 1951 and the Prime Minister’s Department’s annual list of federal public holidays',
  holidays: [
    { date: '2025-01-29', name: 'Chinese New Year' },
    { date: '2025-01-30', name: 'Chinese New Year (2nd day)' },
    { date: '2025-03-31', name: 'Hari Raya Aidilfitri' },
    { date: '2025-04-01', name: 'Hari Raya Aidilfitri (2nd day)' },
    { date: '2025-05-01', name: 'Labour Day' },
    { date: '2025-05-12', name: 'Wesak Day' },
    { date: '2025-06-02', name: 'Birthday of the Yang di-Pertuan Agong' },
    { date: '2025-06-07', name: 'Hari Raya Haji' },
    { date: '2025-06-27', name: 'Awal Muharram' },
    { date: '2025-08-31', name: 'National Day' },
    { date: '2025-09-01', name: 'National Day (replacement holiday)' },
    { date: '2025-09-05', name: 'Maulidur Rasul' },
    { date: '2025-09-16', name: 'Malaysia Day' },
    { date: '2025-10-20', name: 'Deepavali' },
    { date: '2025-12-25', name: 'Christmas Day' },
    { date: '2026-02-17', name: 'Chinese New Year' },
    { date: '2026-02-18', name: 'Chinese New Year (2nd day)' },
    { date: '2026-03-21', name: 'Hari Raya Aidilfitri' },
    { date: '2026-03-22', name: 'Hari Raya Aidilfitri (2nd day)' },
    { date: '2026-03-23', name: 'Hari Raya Aidilfitri (replacement holiday)' },
    { date: '2026-05-01', name: 'Labour Day' },
    { date: '2026-05-27', name: 'Hari Raya Haji' },
    { date: '2026-05-31', name: 'Wesak Day', tentative: true },
    { date: '2026-06-01', name: 'Birthday of the Yang di-Pertuan Agong' },
    // Wesak's replacement day would be 1 June, already the Agong's Birthday, so it moves to the next day.
    { date: '2026-06-02', name: 'Wesak Day (replacement holiday)', tentative: true },
    { date: '2026-06-16', name: 'Awal Muharram', tentative: true },
    { date: '2026-08-25', name: 'Maulidur Rasul' },
    { date: '2026-08-31', name: 'National Day' },
    { date: '2026-09-16', name: 'Malaysia Day' },
    { date: '2026-11-08', name: 'Deepavali' },
    { date: '2026-11-09', name: 'Deepavali (replacement holiday)' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-02-06', name: 'Chinese New Year' },
    { date: '2027-02-07', name: 'Chinese New Year (2nd day)' },
    { date: '2027-02-08', name: 'Chinese New Year (replacement holiday)' },
    { date: '2027-03-10', name: 'Hari Raya Aidilfitri', tentative: true },
    { date: '2027-03-11', name: 'Hari Raya Aidilfitri (2nd day)', tentative: true },
    { date: '2027-05-01', name: 'Labour Day' },
    { date: '2027-05-17', name: 'Hari Raya Haji', tentative: true },
    { date: '2027-05-20', name: 'Wesak Day', tentative: true },
    { date: '2027-06-06', name: 'Awal Muharram', tentative: true },
    { date: '2027-06-07', name: 'Birthday of the Yang di-Pertuan Agong' },
    { date: '2027-06-08', name: 'Awal Muharram (replacement holiday)', tentative: true },
    { date: '2027-08-15', name: 'Maulidur Rasul', tentative: true },
    { date: '2027-08-16', name: 'Maulidur Rasul (replacement holiday)', tentative: true },
    { date: '2027-08-31', name: 'National Day' },
    { date: '2027-09-16', name: 'Malaysia Day' },
    { date: '2027-10-28', name: 'Deepavali', tentative: true },
    { date: '2027-12-25', name: 'Christmas Day' },
  ],
};
