/**
 * Singapore — public holidays under the Holidays Act 1998 (First Schedule), with dates published each year by
 * the Ministry of Manpower (MOM). When a public holiday falls on a Sunday, the following Monday is a public
 * holiday (Holidays Act s. 4); a Saturday holiday gives no weekday off. Polling Day of a general election is
 * a public holiday (Parliamentary Elections Act). Hari Raya, Vesak and Deepavali dates for 2027 are estimates
 * until MOM publishes them.
 */
import type { EconomyHolidays } from '../types.ts';

export const SG_HOLIDAYS: EconomyHolidays = {
  economy: 'SG',
  years: [2025, 2026, 2027],
  source: 'Holidays Act 1998 and the Ministry of Manpower’s annual list of public holidays',
  holidays: [
    { date: '2025-01-01', name: "New Year's Day" },
    { date: '2025-01-29', name: 'Chinese New Year' },
    { date: '2025-01-30', name: 'Chinese New Year (2nd day)' },
    { date: '2025-03-31', name: 'Hari Raya Puasa' },
    { date: '2025-04-18', name: 'Good Friday' },
    { date: '2025-05-01', name: 'Labour Day' },
    { date: '2025-05-03', name: 'Polling Day (General Election)' },
    { date: '2025-05-12', name: 'Vesak Day' },
    { date: '2025-06-07', name: 'Hari Raya Haji' },
    { date: '2025-08-09', name: 'National Day' },
    { date: '2025-10-20', name: 'Deepavali' },
    { date: '2025-12-25', name: 'Christmas Day' },
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-02-17', name: 'Chinese New Year' },
    { date: '2026-02-18', name: 'Chinese New Year (2nd day)' },
    { date: '2026-03-21', name: 'Hari Raya Puasa' },
    { date: '2026-04-03', name: 'Good Friday' },
    { date: '2026-05-01', name: 'Labour Day' },
    { date: '2026-05-27', name: 'Hari Raya Haji' },
    { date: '2026-05-31', name: 'Vesak Day' },
    { date: '2026-06-01', name: 'Vesak Day (observed)' },
    { date: '2026-08-09', name: 'National Day' },
    { date: '2026-08-10', name: 'National Day (observed)' },
    { date: '2026-11-08', name: 'Deepavali' },
    { date: '2026-11-09', name: 'Deepavali (observed)' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-02-06', name: 'Chinese New Year' },
    { date: '2027-02-07', name: 'Chinese New Year (2nd day)' },
    { date: '2027-02-08', name: 'Chinese New Year (observed)' },
    { date: '2027-03-10', name: 'Hari Raya Puasa', tentative: true },
    { date: '2027-03-26', name: 'Good Friday' },
    { date: '2027-05-01', name: 'Labour Day' },
    { date: '2027-05-17', name: 'Hari Raya Haji', tentative: true },
    { date: '2027-05-20', name: 'Vesak Day', tentative: true },
    { date: '2027-08-09', name: 'National Day' },
    { date: '2027-10-28', name: 'Deepavali', tentative: true },
    { date: '2027-12-25', name: 'Christmas Day' },
  ],
};
