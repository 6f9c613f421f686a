import { describe, expect, it } from 'vitest';
import { validateRocbn } from './bn.ts';
import { validateNib, validateNpwp } from './id.ts';
import { validateKhMoc, validateKhTin } from './kh.ts';
import { validateLaErc } from './la.ts';
import { validateDica } from './mm.ts';
import { validateSsm } from './my.ts';
import { validatePhSec, validatePhTin } from './ph.ts';
import { uenCheckLetter, validateUen } from './sg.ts';
import { thTinCheckDigit, validateThTin } from './th.ts';
import { mstCheckDigit, validateMst } from './vn.ts';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('vn-mst', () => {
  it.each(['0101243150', '0100109106', '0100233488', '0100047516'])('accepts published code %s', (v) => {
    expect(validateMst(v)).toMatchObject({
      valid: true,
      normalized: v,
      checkDigit: 'verified',
      country: 'VN',
    });
  });

  it('accepts a branch suffix and reports it', () => {
    const r = validateMst('0314409058-002');
    expect(r).toMatchObject({ valid: true, normalized: '0314409058002' });
    expect(r.details).toMatchObject({
      enterpriseCode: '0314409058',
      branch: '002',
      formatted: '0314409058-002',
    });
    expect(validateMst('0101 243 150').normalized).toBe('0101243150');
    expect(validateMst('0101\u00a0243\u00a0150').normalized).toBe('0101243150'); // no-break spaces from documents
  });

  it('computes the check digit per the published weights', () => {
    expect(mstCheckDigit('010124315')).toBe(0);
    expect(mstCheckDigit('010004751')).toBe(6); // worked example cited by vn-ident
    expect(validateMst('0100233480').errors[0]).toEqual({
      code: 'MST_CHECKSUM',
      message: 'check digit should be 8, got 0',
    });
  });

  it('refuses prefixes whose check digit would be 10', () => {
    // 000000001 · weights = 3; find a 9-digit prefix with sum ≡ 0 (mod 11): 010000002 → 29 + 2·3 = 35 (no)… use search.
    let prefix = '';
    for (let i = 1_000_000; i < 1_000_100; i++) {
      const p = `01${i}`;
      if (mstCheckDigit(p) === null) {
        prefix = p;
        break;
      }
    }
    expect(prefix).not.toBe('');
    for (let d = 0; d <= 9; d++) expect(codes(validateMst(`${prefix}${d}`))).toEqual(['MST_CHECKSUM']);
  });

  it('rejects wrong lengths, 12-digit personal numbers, branch 000 and non-digits', () => {
    expect(validateMst('010124315').errors[0]?.message).toBe(
      'expected 10 digits (or 13 with a 3-digit branch suffix), got 9',
    );
    expect(codes(validateMst('001087123456'))).toEqual(['MST_LENGTH']);
    expect(validateMst('001087123456').errors[0]?.message).toContain('personal identification number');
    expect(codes(validateMst('0314409058-000'))).toEqual(['MST_BRANCH']);
    expect(codes(validateMst('01O1243150'))).toEqual(['MST_FORMAT']);
    expect(codes(validateMst('0100000000'))).toEqual(['MST_FORMAT']);
  });
});

describe('sg-uen', () => {
  it.each([
    ['00192200M', 'A'],
    ['197401143C', 'B'],
    ['T01FC6132D', 'C'],
    ['S16FC0121D', 'C'],
  ])('accepts published UEN %s (format %s)', (v, format) => {
    const r = validateUen(v);
    expect(r).toMatchObject({ valid: true, checkDigit: 'verified', country: 'SG', details: { format } });
  });

  it('parses year and entity type', () => {
    expect(validateUen('197401143C').details).toMatchObject({ year: '1974', entityType: 'local company' });
    expect(validateUen('t01fc6132d')).toMatchObject({
      normalized: 'T01FC6132D',
      details: { year: '2001', entityType: 'FC', entityTypeName: 'foreign company' },
    });
    expect(validateUen('S16FC0121D').details?.year).toBe('1916');
  });

  it('reports the expected check letter for each format', () => {
    expect(validateUen('00192200A').errors[0]).toEqual({
      code: 'UEN_CHECK_LETTER',
      message: 'check letter should be M, got A',
    });
    expect(codes(validateUen('197401143D'))).toEqual(['UEN_CHECK_LETTER']);
    expect(validateUen('T01FC6132E').errors[0]?.message).toBe('check letter should be D, got E');
    expect(uenCheckLetter('T01FC6132')).toBe('D');
    expect(uenCheckLetter('12345')).toBeNull();
  });

  it('rejects unknown entity types, bad prefixes and lengths', () => {
    expect(codes(validateUen('T01ZZ6132D'))).toEqual(['UEN_ENTITY_TYPE']);
    expect(codes(validateUen('A01FC6132D'))).toEqual(['UEN_FORMAT']);
    expect(codes(validateUen('F00056789H'))).toEqual(['UEN_FORMAT']);
    expect(validateUen('1974011').errors[0]).toEqual({
      code: 'UEN_LENGTH',
      message: 'expected 9 or 10 characters, got 7',
    });
    expect(codes(validateUen('0019220OM'))).toEqual(['UEN_FORMAT']);
  });
});

describe('my-ssm', () => {
  it('accepts the 12-digit format and parses it', () => {
    const r = validateSsm('201901000005');
    expect(r).toMatchObject({ valid: true, checkDigit: 'none', country: 'MY' });
    expect(r.details).toMatchObject({ year: '2019', entityType: '01', entityTypeName: 'local company' });
    expect(r.notes.join(' ')).toContain('No public check-digit');
  });

  it('accepts legacy formats with a note', () => {
    expect(validateSsm('1312525-A')).toMatchObject({
      valid: true,
      normalized: '1312525A',
      details: { formatted: '1312525-A' },
    });
    expect(validateSsm('JM0123456-X').details?.format).toBe('legacy business number');
    expect(validateSsm('LLP0012345-LCA').details?.format).toBe('legacy LLP number');
    expect(validateSsm('20076-K').notes.join(' ')).toContain('Legacy');
  });

  it('rejects bad entity types, lengths and shapes', () => {
    expect(codes(validateSsm('201907000005'))).toEqual(['SSM_ENTITY_TYPE']);
    expect(codes(validateSsm('20190100005'))).toEqual(['SSM_LENGTH']);
    expect(codes(validateSsm('170001000005'))).toEqual(['SSM_FORMAT']);
    expect(codes(validateSsm('201901000000'))).toEqual(['SSM_FORMAT']);
    expect(codes(validateSsm('ABC-123'))).toEqual(['SSM_FORMAT']);
  });
});

describe('th-tin', () => {
  it('accepts published juristic and individual numbers', () => {
    expect(validateThTin('0994000617721')).toMatchObject({
      valid: true,
      checkDigit: 'verified',
      details: { holder: 'juristic person' },
    });
    expect(validateThTin('0-99-4-000-61772-1').normalized).toBe('0994000617721');
    expect(validateThTin('0105536112014').details?.formatted).toBe('0-10-5-536-11201-4');
    const ind = validateThTin('1-2345-45678-78-1');
    expect(ind).toMatchObject({ valid: true, details: { holder: 'individual' } });
    expect(thTinCheckDigit('099400061772')).toBe(1);
  });

  it('rejects wrong check digit and length', () => {
    expect(validateThTin('0-99-4-000-61772-3').errors[0]).toEqual({
      code: 'THTIN_CHECKSUM',
      message: 'check digit should be 1, got 3',
    });
    expect(codes(validateThTin('1234545678789'))).toEqual(['THTIN_CHECKSUM']);
    expect(codes(validateThTin('099400061772'))).toEqual(['THTIN_LENGTH']);
    expect(codes(validateThTin('09940006177X1'))).toEqual(['THTIN_FORMAT']);
  });
});

describe('id-nib and id-npwp', () => {
  it('accepts a 13-digit NIB without a check digit', () => {
    expect(validateNib('9120001234567')).toMatchObject({ valid: true, checkDigit: 'none' });
    expect(codes(validateNib('912000123456'))).toEqual(['NIB_LENGTH']);
    expect(codes(validateNib('91200012345A7'))).toEqual(['NIB_FORMAT']);
  });

  it('validates legacy 15-digit NPWPs with the Luhn check', () => {
    const r = validateNpwp('01.312.166.0-091.000');
    expect(r).toMatchObject({ valid: true, normalized: '013121660091000', checkDigit: 'verified' });
    expect(r.details).toMatchObject({ formatted: '01.312.166.0-091.000', taxOffice: '091', branch: '000' });
    expect(validateNpwp('016090524017000').valid).toBe(true);
    expect(validateNpwp('01.312.166.1-091.000').errors[0]).toEqual({
      code: 'NPWP_CHECKSUM',
      message: 'check digit (9th of the 15-digit number) should be 0, got 1',
    });
  });

  it('validates 16-digit NPWPs (0 + legacy, or NIK)', () => {
    expect(validateNpwp('0013121660091000')).toMatchObject({ valid: true, checkDigit: 'verified' });
    expect(codes(validateNpwp('0013121661091000'))).toEqual(['NPWP_CHECKSUM']);
    expect(validateNpwp('3171011708450001')).toMatchObject({ valid: true, checkDigit: 'none' });
    expect(codes(validateNpwp('3171013013450001'))).toEqual(['NPWP_FORMAT']); // month 13
    expect(codes(validateNpwp('01312166009100'))).toEqual(['NPWP_LENGTH']);
  });
});

describe('ph-tin and ph-sec', () => {
  it('accepts TINs with and without branch code', () => {
    expect(validatePhTin('239-072-842')).toMatchObject({
      valid: true,
      normalized: '239072842',
      checkDigit: 'none',
    });
    expect(validatePhTin('239-072-842-000').details).toMatchObject({ tin: '239072842', branch: '000' });
    expect(validatePhTin('239-072-842-00000').valid).toBe(true);
    expect(codes(validatePhTin('239-072-84'))).toEqual(['PHTIN_LENGTH']);
    expect(codes(validatePhTin('239-072-84X'))).toEqual(['PHTIN_FORMAT']);
  });

  it('accepts SEC numbers and parses the current format', () => {
    expect(validatePhSec('CS201912345')).toMatchObject({
      valid: true,
      details: { format: 'current', entityType: 'stock corporation', year: '2019' },
    });
    expect(validatePhSec('AS094-008612')).toMatchObject({
      valid: true,
      normalized: 'AS094008612',
      details: { format: 'legacy' },
    });
    expect(codes(validatePhSec('CS-2019-ABCDE'))).toEqual(['PHSEC_FORMAT']);
    expect(codes(validatePhSec('ABCD12345'))).toEqual(['PHSEC_FORMAT']);
  });
});

describe('bn-roc', () => {
  it('accepts the three prefixes', () => {
    expect(validateRocbn('RC00004866')).toMatchObject({ valid: true, details: { entityType: 'company' } });
    expect(validateRocbn('RFC/00000772')).toMatchObject({ valid: true, normalized: 'RFC00000772' });
    expect(validateRocbn('p/00012345').details?.prefix).toBe('P');
  });

  it('rejects other shapes', () => {
    expect(codes(validateRocbn('RC0000486'))).toEqual(['ROCBN_LENGTH']);
    expect(codes(validateRocbn('XX00004866'))).toEqual(['ROCBN_FORMAT']);
    expect(codes(validateRocbn('RC0000486A'))).toEqual(['ROCBN_FORMAT']);
  });
});

describe('kh-moc and kh-tin', () => {
  it('accepts MOC numbers in current and legacy form', () => {
    expect(validateKhMoc('00012345')).toMatchObject({ valid: true, checkDigit: 'none' });
    expect(validateKhMoc('Co.1234/05E')).toMatchObject({
      valid: true,
      details: { format: 'legacy (pre-2016)' },
    });
    expect(codes(validateKhMoc('00000000'))).toEqual(['KHMOC_FORMAT']);
    expect(codes(validateKhMoc('12345'))).toEqual(['KHMOC_LENGTH']);
    expect(codes(validateKhMoc('ABC123'))).toEqual(['KHMOC_FORMAT']);
  });

  it('accepts GDT TINs and names the taxpayer class', () => {
    expect(validateKhTin('K001-901234567')).toMatchObject({
      valid: true,
      normalized: 'K001901234567',
      details: { taxpayerClass: 'medium', formatted: 'K001-901234567' },
    });
    expect(validateKhTin('B001-901234567').notes.join(' ')).toContain("'B'");
    expect(codes(validateKhTin('K001-90123456'))).toEqual(['KHTIN_LENGTH']);
    expect(codes(validateKhTin('1001-901234567'))).toEqual(['KHTIN_FORMAT']);
  });
});

describe('la-erc and mm-dica', () => {
  it('accepts Lao numbers of 9–15 digits and says the format is uncertain', () => {
    const r = validateLaErc('123456789-000');
    expect(r).toMatchObject({
      valid: true,
      normalized: '123456789000',
      details: { monitoringDigit: '9', suffix: '000' },
    });
    expect(r.notes.join(' ')).toContain('could not be confirmed');
    expect(codes(validateLaErc('12345678'))).toEqual(['LAERC_LENGTH']);
    expect(codes(validateLaErc('000000001'))).toEqual(['LAERC_FORMAT']);
  });

  it('accepts MyCO and legacy DICA numbers', () => {
    expect(validateDica('116184590')).toMatchObject({
      valid: true,
      details: { format: 'MyCO (since 2018)' },
    });
    expect(validateDica('1234/2014-2015')).toMatchObject({ valid: true, normalized: '1234/2014-2015' });
    expect(validateDica('123 FC of 2012-2013')).toMatchObject({
      valid: true,
      normalized: '123FC/2012-2013',
      details: { entityType: 'foreign company' },
    });
    expect(codes(validateDica('1234/2014-2016'))).toEqual(['DICA_FORMAT']);
    expect(codes(validateDica('11618459'))).toEqual(['DICA_LENGTH']);
  });
});
