/** The holiday data files, by economy. */
import type { AseanEconomy, EconomyHolidays } from '../types.ts';
import { BN_HOLIDAYS } from './bn.ts';
import { ID_HOLIDAYS } from './id.ts';
import { KH_HOLIDAYS } from './kh.ts';
import { LA_HOLIDAYS } from './la.ts';
import { MM_HOLIDAYS } from './mm.ts';
import { MY_HOLIDAYS } from './my.ts';
import { PH_HOLIDAYS } from './ph.ts';
import { SG_HOLIDAYS } from './sg.ts';
import { TH_HOLIDAYS } from './th.ts';
import { VN_HOLIDAYS } from './vn.ts';

export const HOLIDAY_DATA: Readonly<Record<AseanEconomy, EconomyHolidays>> = Object.freeze({
  BN: BN_HOLIDAYS,
  KH: KH_HOLIDAYS,
  ID: ID_HOLIDAYS,
  LA: LA_HOLIDAYS,
  MY: MY_HOLIDAYS,
  MM: MM_HOLIDAYS,
  PH: PH_HOLIDAYS,
  SG: SG_HOLIDAYS,
  TH: TH_HOLIDAYS,
  VN: VN_HOLIDAYS,
});
