/**
 * The working week of each ASEAN economy: IANA time zone and weekly rest days. Where an economy spans several
 * zones, or some regions rest on other days, the capital's rule is used and the note says so; an operator
 * serving another region passes its own holidays (and, if needed, builds its own WorkingCalendar).
 */
import type { AseanEconomy, EconomyInfo } from './types.ts';

const SAT_SUN = Object.freeze([0, 6]);

export const ECONOMIES: Readonly<Record<AseanEconomy, EconomyInfo>> = Object.freeze({
  BN: {
    economy: 'BN',
    name: 'Brunei Darussalam',
    timeZone: 'Asia/Brunei',
    // Brunei's civil service and most businesses rest on Friday (the Muslim day of congregational prayer) and
    // Sunday, and work Monday–Thursday and Saturday.
    weekend: Object.freeze([0, 5]),
    notes: ['Weekend is Friday and Sunday; Saturday is a working day.'],
  },
  KH: {
    economy: 'KH',
    name: 'Cambodia',
    timeZone: 'Asia/Phnom_Penh',
    weekend: SAT_SUN,
    notes: ['Government offices rest Saturday and Sunday; many private businesses also work on Saturday.'],
  },
  ID: {
    economy: 'ID',
    name: 'Indonesia',
    // Three zones: WIB (Asia/Jakarta, UTC+7), WITA (Asia/Makassar, UTC+8), WIT (Asia/Jayapura, UTC+9).
    timeZone: 'Asia/Jakarta',
    weekend: SAT_SUN,
    notes: [
      'Uses Jakarta time (WIB); Indonesia also has WITA (UTC+8, which includes the planned capital Nusantara) and WIT (UTC+9).',
    ],
  },
  LA: {
    economy: 'LA',
    name: "Lao People's Democratic Republic",
    timeZone: 'Asia/Vientiane',
    weekend: SAT_SUN,
    notes: [],
  },
  MY: {
    economy: 'MY',
    name: 'Malaysia',
    // Peninsular and East Malaysia share UTC+8; Asia/Kuala_Lumpur is the capital's zone (Asia/Kuching for
    // Sabah and Sarawak has the same offset).
    timeZone: 'Asia/Kuala_Lumpur',
    weekend: SAT_SUN,
    notes: [
      'Saturday and Sunday as in Kuala Lumpur and most states; Kedah, Kelantan and Terengganu rest on Friday and Saturday.',
    ],
  },
  MM: {
    economy: 'MM',
    name: 'Myanmar',
    // One zone, UTC+6:30; the IANA zone is named after Yangon, though the capital is Nay Pyi Taw.
    timeZone: 'Asia/Yangon',
    weekend: SAT_SUN,
    notes: [],
  },
  PH: {
    economy: 'PH',
    name: 'Philippines',
    timeZone: 'Asia/Manila',
    weekend: SAT_SUN,
    notes: [],
  },
  SG: {
    economy: 'SG',
    name: 'Singapore',
    timeZone: 'Asia/Singapore',
    weekend: SAT_SUN,
    notes: [],
  },
  TH: {
    economy: 'TH',
    name: 'Thailand',
    timeZone: 'Asia/Bangkok',
    weekend: SAT_SUN,
    notes: [],
  },
  VN: {
    economy: 'VN',
    name: 'Viet Nam',
    // One zone, UTC+7; the IANA zone is named after Ho Chi Minh City, though the capital is Ha Noi.
    timeZone: 'Asia/Ho_Chi_Minh',
    weekend: SAT_SUN,
    notes: [
      'Saturday and Sunday as for state agencies; many private employers also work on Saturday (Labour Code allows one rest day a week).',
    ],
  },
} satisfies Record<AseanEconomy, EconomyInfo>);

export const ECONOMY_CODES: readonly AseanEconomy[] = Object.freeze([
  'BN',
  'KH',
  'ID',
  'LA',
  'MY',
  'MM',
  'PH',
  'SG',
  'TH',
  'VN',
]);

/** Case-insensitive lookup of an economy code ('vn', 'VN'); undefined for anything else. Never throws. */
export function toEconomy(code: unknown): AseanEconomy | undefined {
  if (typeof code !== 'string' || code.length !== 2) return undefined;
  const up = code.toUpperCase();
  return (ECONOMY_CODES as readonly string[]).includes(up) ? (up as AseanEconomy) : undefined;
}
