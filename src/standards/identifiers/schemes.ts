/**
 * The scheme registry: public description (SchemeInfo), validator and example generator of every scheme, and the
 * case-insensitive lookup by id or alias.
 */
import { exampleRocbn, validateRocbn } from './bn.ts';
import { exampleDomain, validateDomain } from './domain.ts';
import { exampleIso6523, examplePeppol, exampleUbin } from './examples.ts';
import { exampleGln, exampleGtin, validateGln, validateGtin } from './gs1.ts';
import { exampleBic, exampleIban, validateBic, validateIban } from './iban.ts';
import { exampleNib, exampleNpwp, validateNib, validateNpwp } from './id.ts';
import { validateIso6523 } from './iso6523.ts';
import { exampleKhMoc, exampleKhTin, validateKhMoc, validateKhTin } from './kh.ts';
import { exampleLaErc, validateLaErc } from './la.ts';
import { exampleLei, validateLei } from './lei.ts';
import { exampleDica, validateDica } from './mm.ts';
import { exampleSsm, validateSsm } from './my.ts';
import { validatePeppol } from './peppol.ts';
import { examplePhSec, examplePhTin, validatePhSec, validatePhTin } from './ph.ts';
import { exampleUen, validateUen } from './sg.ts';
import { exampleThTin, validateThTin } from './th.ts';
import type { IdentifierResult, SchemeInfo } from './types.ts';
import { validateUbin } from './ubin.ts';
import { exampleMst, validateMst } from './vn.ts';

export interface SchemeDef {
  info: SchemeInfo;
  /** Validates a string that is already known to be non-empty, trimmed and at most 256 characters long. */
  validate: (value: string) => IdentifierResult;
  example: (n: number) => string;
}

function def(
  info: SchemeInfo,
  validate: (value: string) => IdentifierResult,
  example: (n: number) => string,
): SchemeDef {
  Object.freeze(info.aliases);
  return { info: Object.freeze(info), validate, example };
}

const STDNUM = 'https://arthurdejong.org/python-stdnum/doc/latest/';

export const SCHEME_DEFS: readonly SchemeDef[] = Object.freeze([
  def(
    {
      id: 'lei',
      aliases: ['LEI', 'ISO17442'],
      country: null,
      name: 'Legal Entity Identifier (ISO 17442)',
      checkDigit: true,
      example: '5493001KJTIIGC8Y1R12',
      source: 'https://www.gleif.org/en/about-lei/iso-17442-the-lei-code-structure',
    },
    validateLei,
    exampleLei,
  ),
  def(
    {
      id: 'iban',
      aliases: ['IBAN', 'ISO13616'],
      country: null,
      name: 'International Bank Account Number (ISO 13616)',
      checkDigit: true,
      example: 'DE89370400440532013000',
      source: 'https://www.swift.com/standards/data-standards/iban-international-bank-account-number',
    },
    validateIban,
    exampleIban,
  ),
  def(
    {
      id: 'bic',
      aliases: ['BIC', 'SWIFT', 'ISO9362'],
      country: null,
      name: 'Business Identifier Code (ISO 9362)',
      checkDigit: false,
      example: 'DBSSSGSGXXX',
      source: 'https://www.swift.com/standards/data-standards/bic-business-identifier-code',
    },
    validateBic,
    exampleBic,
  ),
  def(
    {
      id: 'gtin',
      aliases: ['GTIN', 'EAN', 'UPC'],
      country: null,
      name: 'GS1 Global Trade Item Number (GTIN-8/12/13/14)',
      checkDigit: true,
      example: '8934567000017',
      source: 'https://www.gs1.org/services/how-calculate-check-digit-manually',
    },
    validateGtin,
    exampleGtin,
  ),
  def(
    {
      id: 'gln',
      aliases: ['GLN'],
      country: null,
      name: 'GS1 Global Location Number',
      checkDigit: true,
      example: '9429041098400',
      source: 'https://www.gs1.org/standards/id-keys/gln',
    },
    validateGln,
    exampleGln,
  ),
  def(
    {
      id: 'iso6523',
      aliases: ['ISO6523', 'ICD'],
      country: null,
      name: 'ISO/IEC 6523 organisation identifier (ICD:identifier)',
      checkDigit: true,
      example: '0088:9429041098400',
      source: 'https://docs.peppol.eu/poacc/billing/3.0/codelist/ICD/',
    },
    validateIso6523,
    exampleIso6523,
  ),
  def(
    {
      id: 'peppol',
      aliases: ['PEPPOL', 'iso6523-actorid-upis'],
      country: null,
      name: 'Peppol participant identifier',
      checkDigit: true,
      example: 'iso6523-actorid-upis::0088:9429041098400',
      source:
        'https://docs.peppol.eu/edelivery/policies/PEPPOL-EDN-Policy-for-use-of-identifiers-4.2.0-2023-06-19.pdf',
    },
    validatePeppol,
    examplePeppol,
  ),
  def(
    {
      id: 'vn-mst',
      aliases: ['VN:MST', 'vn.mst'],
      country: 'VN',
      name: 'Viet Nam enterprise / tax code (Mã số thuế)',
      checkDigit: true,
      example: '0101243150',
      source: `Decision 75/1998/QĐ-TTg; Circular 105/2020/TT-BTC; ${STDNUM}stdnum.vn.mst`,
    },
    validateMst,
    exampleMst,
  ),
  def(
    {
      id: 'sg-uen',
      aliases: ['SG:UEN', 'sg.uen'],
      country: 'SG',
      name: 'Singapore Unique Entity Number',
      checkDigit: true,
      example: '197401143C',
      source: `https://www.uen.gov.sg/ueninternet/faces/pages/admin/aboutUEN.jspx; ${STDNUM}stdnum.sg.uen`,
    },
    validateUen,
    exampleUen,
  ),
  def(
    {
      id: 'my-ssm',
      aliases: ['MY:SSM', 'MY:BRN'],
      country: 'MY',
      name: 'Malaysia SSM registration number',
      checkDigit: false,
      example: '201901000005',
      source: 'https://www.ssm.com.my/Lists/Announcement/AnnouncementDetails.aspx?ID=134',
    },
    validateSsm,
    exampleSsm,
  ),
  def(
    {
      id: 'th-tin',
      aliases: ['TH:TIN', 'th.tin'],
      country: 'TH',
      name: 'Thailand 13-digit taxpayer / juristic person identification number',
      checkDigit: true,
      example: '0994000617721',
      source: `https://www.rd.go.th/english/6045.html; ${STDNUM}stdnum.th.tin`,
    },
    validateThTin,
    exampleThTin,
  ),
  def(
    {
      id: 'id-nib',
      aliases: ['ID:NIB'],
      country: 'ID',
      name: 'Indonesia business identification number (Nomor Induk Berusaha, OSS)',
      checkDigit: false,
      example: '9120000012345',
      source:
        'https://www5.bkpm.go.id/en/publication/detail/news/how-to-obtain-a-business-identification-number-nib',
    },
    validateNib,
    exampleNib,
  ),
  def(
    {
      id: 'id-npwp',
      aliases: ['ID:NPWP', 'id.npwp'],
      country: 'ID',
      name: 'Indonesia taxpayer number (Nomor Pokok Wajib Pajak)',
      checkDigit: true,
      example: '013121660091000',
      source: `PMK 112/PMK.03/2022; ${STDNUM}stdnum.id.npwp`,
    },
    validateNpwp,
    exampleNpwp,
  ),
  def(
    {
      id: 'ph-tin',
      aliases: ['PH:TIN', 'ph.tin'],
      country: 'PH',
      name: 'Philippines BIR taxpayer identification number',
      checkDigit: false,
      example: '239072842000',
      source: `https://www.ntrc.gov.ph/images/journal/j20141112a.pdf; ${STDNUM}stdnum.ph.tin`,
    },
    validatePhTin,
    examplePhTin,
  ),
  def(
    {
      id: 'ph-sec',
      aliases: ['PH:SEC'],
      country: 'PH',
      name: 'Philippines SEC company registration number',
      checkDigit: false,
      example: 'CS201912345',
      source: 'https://www.sec.gov.ph/ (Revised Corporation Code, R.A. 11232); format not formally published',
    },
    validatePhSec,
    examplePhSec,
  ),
  def(
    {
      id: 'bn-roc',
      aliases: ['BN:ROC', 'BN:ROCBN', 'bn.rocbn'],
      country: 'BN',
      name: 'Brunei ROCBN registration number',
      checkDigit: false,
      example: 'RC00004866',
      source: `OECD Brunei Darussalam TIN sheet; ${STDNUM}stdnum.bn.rocbn`,
    },
    validateRocbn,
    exampleRocbn,
  ),
  def(
    {
      id: 'kh-moc',
      aliases: ['KH:MOC'],
      country: 'KH',
      name: 'Cambodia Ministry of Commerce company registration number',
      checkDigit: false,
      example: '00012345',
      source:
        'https://www.businessregistration.moc.gov.kh/ (Prakas 299 MOC, 2015); format not formally published',
    },
    validateKhMoc,
    exampleKhMoc,
  ),
  def(
    {
      id: 'kh-tin',
      aliases: ['KH:TIN'],
      country: 'KH',
      name: 'Cambodia GDT taxpayer identification number',
      checkDigit: false,
      example: 'K001-901234567',
      source: 'https://www.tax.gov.kh/; format per public TIN references, not formally published',
    },
    validateKhTin,
    exampleKhTin,
  ),
  def(
    {
      id: 'la-erc',
      aliases: ['LA:ERC', 'LA:TIN'],
      country: 'LA',
      name: 'Lao PDR enterprise registration / taxpayer identification number',
      checkDigit: false,
      example: '123456789000',
      source:
        'Decree 354/PM (2007) on TIN, https://laotradeportal.gov.la/en-gb/site/display/1735; MOIC Decision 0023/MOIC.DERM (2019)',
    },
    validateLaErc,
    exampleLaErc,
  ),
  def(
    {
      id: 'mm-dica',
      aliases: ['MM:DICA', 'MM:MYCO'],
      country: 'MM',
      name: 'Myanmar DICA company registration number (MyCO)',
      checkDigit: false,
      example: '116184590',
      source: 'Myanmar Companies Law 2017; https://www.myco.dica.gov.mm/',
    },
    validateDica,
    exampleDica,
  ),
  def(
    {
      id: 'ubin',
      aliases: ['UBIN'],
      country: null,
      name: 'ASEAN Unique Business Identification Number (CrossTrust URN design)',
      checkDigit: false,
      example: 'urn:ubin:vn:mst:0101243150',
      source:
        'ASEAN digital trade standards roadmap, action area 3.1 (format not fixed by ASEAN); CrossTrust design',
    },
    validateUbin,
    exampleUbin,
  ),
  def(
    {
      id: 'domain',
      aliases: ['DOMAIN', 'DNS', 'HOSTNAME'],
      country: null,
      name: 'Internet domain name (IDNA, Public Suffix List)',
      checkDigit: false,
      example: 'shop.example.co.th',
      source: 'RFC 1035, RFC 5890–5892, UTS #46, https://publicsuffix.org/',
    },
    validateDomain,
    exampleDomain,
  ),
]);

let lookup: Map<string, SchemeDef> | null = null;

/** Case-insensitive lookup by id or alias; the index is built on first use. */
export function findScheme(name: string): SchemeDef | undefined {
  if (!lookup) {
    lookup = new Map();
    for (const d of SCHEME_DEFS) {
      lookup.set(d.info.id.toLowerCase(), d);
      for (const a of d.info.aliases) lookup.set(a.toLowerCase(), d);
    }
  }
  return lookup.get(name.trim().toLowerCase());
}
