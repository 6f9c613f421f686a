/**
 * Example values: generators for the composite schemes (ISO 6523, Peppol, UBIN), and the published test vectors we
 * check against (each with where it was published), shared by tests, benchmarks and documentation.
 * Generators are deterministic: the n-th value is valid and distinct from every other n.
 */
import { exampleRocbn } from './bn.ts';
import { exampleGln } from './gs1.ts';
import { exampleNib } from './id.ts';
import { exampleKhMoc } from './kh.ts';
import { exampleLaErc } from './la.ts';
import { exampleLei } from './lei.ts';
import { exampleDica } from './mm.ts';
import { exampleSsm } from './my.ts';
import { examplePhSec } from './ph.ts';
import { exampleUen } from './sg.ts';
import { exampleThTin } from './th.ts';
import { PRIMARY_SCHEME_BY_COUNTRY, UBIN_COUNTRIES, validateUbin } from './ubin.ts';
import { pad } from './util.ts';
import { exampleMst } from './vn.ts';

export function exampleIso6523(n: number): string {
  const k = Math.floor(n / 4);
  switch (n % 4) {
    case 0:
      return `0088:${exampleGln(k)}`;
    case 1:
      return `0199:${exampleLei(k)}`;
    case 2:
      return `0195:SGUEN${exampleUen(k)}`;
    default:
      return `0060:${pad(600_000_000 + k, 9)}`;
  }
}

export function examplePeppol(n: number): string {
  return `iso6523-actorid-upis::${exampleIso6523(n)}`;
}

const NATIONAL_EXAMPLES: Readonly<Record<string, (n: number) => string>> = {
  BN: exampleRocbn,
  KH: exampleKhMoc,
  ID: exampleNib,
  LA: exampleLaErc,
  MY: exampleSsm,
  MM: exampleDica,
  PH: examplePhSec,
  SG: exampleUen,
  TH: exampleThTin,
  VN: exampleMst,
};

/** Cycles through the ten economies; the national part is the k-th example of the primary scheme, normalized. */
export function exampleUbin(n: number): string {
  const cc = UBIN_COUNTRIES[n % UBIN_COUNTRIES.length] as string;
  const national = (NATIONAL_EXAMPLES[cc] as (k: number) => string)(Math.floor(n / UBIN_COUNTRIES.length));
  const scheme = PRIMARY_SCHEME_BY_COUNTRY[cc] as string;
  // Validation yields the canonical URN (and thus the normalized national id).
  const urn = `urn:ubin:${cc.toLowerCase()}:${scheme.slice(scheme.indexOf('-') + 1)}:${national}`;
  return validateUbin(urn).normalized ?? urn;
}

/** A value published by an authority or a reference implementation, with where it was published. */
export interface PublishedVector {
  scheme: string;
  value: string;
  valid: boolean;
  /** Expected error code when invalid. */
  code?: string;
  source: string;
}

export const PUBLISHED_VECTORS: readonly PublishedVector[] = [
  { scheme: 'lei', value: '5493001KJTIIGC8Y1R12', valid: true, source: 'GLEIF / python-stdnum lei docs' },
  {
    scheme: 'lei',
    value: '5493001KJTIIGC8Y1R17',
    valid: false,
    code: 'LEI_CHECKSUM',
    source: 'altered check digits',
  },
  {
    scheme: 'gtin',
    value: '4006381333931',
    valid: true,
    source: 'EAN-13 example, GS1 check digit calculator',
  },
  { scheme: 'gtin', value: '036000291452', valid: true, source: 'UPC-A example (GS1 US)' },
  {
    scheme: 'gln',
    value: '9429041098400',
    valid: true,
    source: 'Peppol unit test PEPPOL-COMMON-R040 (success)',
  },
  {
    scheme: 'gln',
    value: '9429041098401',
    valid: false,
    code: 'GLN_CHECKSUM',
    source: 'Peppol unit test PEPPOL-COMMON-R040 (error)',
  },
  { scheme: 'iban', value: 'DE89 3704 0044 0532 0130 00', valid: true, source: 'ibantools docs' },
  {
    scheme: 'iban',
    value: 'GB82 WEST 1234 5698 7654 32',
    valid: true,
    source: 'ECBS / SWIFT IBAN registry example',
  },
  { scheme: 'bic', value: 'DBSSSGSGXXX', valid: true, source: 'DBS Bank Singapore (public BIC)' },
  { scheme: 'vn-mst', value: '0101243150', valid: true, source: 'CrossTrust brief' },
  { scheme: 'vn-mst', value: '0100109106', valid: true, source: 'CrossTrust brief' },
  { scheme: 'vn-mst', value: '0100233488', valid: true, source: 'python-stdnum vn.mst docs' },
  { scheme: 'vn-mst', value: '0314409058-002', valid: true, source: 'python-stdnum vn.mst docs (branch)' },
  {
    scheme: 'vn-mst',
    value: '0100047516',
    valid: true,
    source: 'vn-ident docs (worked example of the circular)',
  },
  {
    scheme: 'vn-mst',
    value: '0100233480',
    valid: false,
    code: 'MST_CHECKSUM',
    source: 'python-stdnum vn.mst docs',
  },
  { scheme: 'sg-uen', value: '00192200M', valid: true, source: 'python-stdnum sg.uen docs (format A)' },
  { scheme: 'sg-uen', value: '197401143C', valid: true, source: 'python-stdnum sg.uen docs (format B)' },
  { scheme: 'sg-uen', value: 'T01FC6132D', valid: true, source: 'python-stdnum sg.uen docs (format C)' },
  { scheme: 'sg-uen', value: 'S16FC0121D', valid: true, source: 'python-stdnum sg.uen docs (format C)' },
  { scheme: 'th-tin', value: '0994000617721', valid: true, source: 'python-stdnum th.moa docs' },
  {
    scheme: 'th-tin',
    value: '0-99-4-000-61772-3',
    valid: false,
    code: 'THTIN_CHECKSUM',
    source: 'python-stdnum th.moa docs',
  },
  {
    scheme: 'th-tin',
    value: '1-2345-45678-78-1',
    valid: true,
    source: 'python-stdnum th.tin docs (individual)',
  },
  { scheme: 'th-tin', value: '0105536112014', valid: true, source: 'python-stdnum th.moa docs' },
  { scheme: 'id-npwp', value: '01.312.166.0-091.000', valid: true, source: 'python-stdnum id.npwp docs' },
  { scheme: 'id-npwp', value: '016090524017000', valid: true, source: 'python-stdnum id.npwp docs' },
  {
    scheme: 'id-npwp',
    value: '3171011708450001',
    valid: true,
    source: 'python-stdnum id.nik docs (NIK as NPWP)',
  },
  { scheme: 'my-ssm', value: '201901000005', valid: true, source: 'SSM announcement example' },
  { scheme: 'my-ssm', value: '1312525-A', valid: true, source: 'SSM announcement example (legacy)' },
  { scheme: 'ph-tin', value: '239-072-842-000', valid: true, source: 'python-stdnum ph.tin docs' },
  { scheme: 'bn-roc', value: 'RC00004866', valid: true, source: 'python-stdnum bn.rocbn docs' },
  { scheme: 'bn-roc', value: 'RFC/00000772', valid: true, source: 'python-stdnum bn.rocbn docs' },
  {
    scheme: 'iso6523',
    value: '0192:987654325',
    valid: true,
    source: 'Peppol BIS 3 example (Norwegian org. no.)',
  },
  { scheme: 'iso6523', value: '0151:51824753556', valid: true, source: 'ATO ABN format example' },
];
