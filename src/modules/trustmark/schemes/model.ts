/**
 * Trustmark criteria schemes: the data model.
 *
 * A scheme is a versioned list of criteria a website is assessed against. Schemes are plain data: the shipped
 * ones live beside this file, operators add their own versions through the API. A certificate always names the
 * scheme id and version it was assessed against, so a published version must never change afterwards.
 *
 * `validateScheme` never throws: it returns the parsed scheme or a list of errors with stable codes and a
 * location such as `criteria[3].text.vi`.
 */
import { z } from 'zod';

/** Checks the automated website check job can decide on its own (fetching and reading the site's pages). */
export const AUTOMATED_CHECKS = {
  https: {
    en: 'Site served over HTTPS with a valid certificate',
    vi: 'Website dùng HTTPS với chứng chỉ SSL/TLS hợp lệ',
  },
  hsts: { en: 'HTTP Strict Transport Security enabled', vi: 'Bật HTTP Strict Transport Security (HSTS)' },
  'mixed-content': {
    en: 'No insecure (mixed) content on HTTPS pages',
    vi: 'Không có nội dung không an toàn (nội dung hỗn hợp) trên trang HTTPS',
  },
  'contact-page': { en: 'Contact information page', vi: 'Trang thông tin liên hệ' },
  'terms-page': { en: 'Terms and conditions page', vi: 'Trang điều khoản và điều kiện' },
  'returns-page': { en: 'Returns and refunds page', vi: 'Trang chính sách đổi trả và hoàn tiền' },
  'privacy-page': { en: 'Privacy policy page', vi: 'Trang chính sách bảo vệ thông tin cá nhân' },
  'complaints-page': { en: 'Complaint handling page', vi: 'Trang cơ chế giải quyết khiếu nại' },
  'business-name': { en: 'Business name displayed', vi: 'Hiển thị tên doanh nghiệp' },
  'registration-number': {
    en: 'Business registration or tax number displayed',
    vi: 'Hiển thị số đăng ký kinh doanh hoặc mã số thuế',
  },
  'prices-with-currency': { en: 'Prices shown with a currency', vi: 'Giá hiển thị kèm đơn vị tiền tệ' },
  'seal-embedded': { en: 'Trustmark seal embedded and linked', vi: 'Nhãn tín nhiệm được gắn và có liên kết' },
} as const satisfies Record<string, { en: string; vi: string }>;

export type AutomatedCheckId = keyof typeof AUTOMATED_CHECKS;
export const AUTOMATED_CHECK_IDS = Object.keys(AUTOMATED_CHECKS) as [AutomatedCheckId, ...AutomatedCheckId[]];

export const CRITERION_CATEGORIES = [
  'disclosure',
  'fair-practices',
  'security',
  'privacy',
  'dispute-resolution',
  'monitoring',
  'consumer-information',
  'transaction',
] as const;
export type CriterionCategory = (typeof CRITERION_CATEGORIES)[number];

export const CRITERION_LEVELS = ['mandatory', 'recommended'] as const;
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];

export const SCHEME_ID_PATTERN = /^[a-z0-9-]+$/;
export const CRITERION_ID_PATTERN = /^[A-Z0-9.-]+$/;
/** 'MAJOR.MINOR', no leading zeros. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

const MAX_TEXT = 4000;
const MAX_CRITERIA = 500;

const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);

export const LocalizedTextSchema = z.strictObject({ en: text(), vi: text() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const AssessmentSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('automated'), checkId: z.enum(AUTOMATED_CHECK_IDS) }),
  z.strictObject({ method: z.literal('documentary'), evidence: LocalizedTextSchema }),
  z.strictObject({ method: z.literal('judgement') }),
]);
export type Assessment = z.infer<typeof AssessmentSchema>;

export const CriterionSchema = z.strictObject({
  id: z.string().max(64).regex(CRITERION_ID_PATTERN),
  category: z.enum(CRITERION_CATEGORIES),
  level: z.enum(CRITERION_LEVELS),
  text: LocalizedTextSchema,
  guidance: LocalizedTextSchema.optional(),
  assessment: AssessmentSchema,
  source: text(1000),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const SCHEME_ERROR_CODES = [
  'SCHEME_INVALID',
  'SCHEME_UNKNOWN_FIELD',
  'SCHEME_ID_INVALID',
  'SCHEME_VERSION_INVALID',
  'SCHEME_NO_CRITERIA',
  'SCHEME_NO_MANDATORY_CRITERIA',
  'CRITERION_ID_INVALID',
  'CRITERION_ID_DUPLICATE',
  'CATEGORY_UNKNOWN',
  'ASSESSMENT_METHOD_UNKNOWN',
  'CHECK_ID_UNKNOWN',
  'TEXT_MISSING',
  'TEXT_NOT_TRANSLATED',
] as const;
export type SchemeErrorCode = (typeof SCHEME_ERROR_CODES)[number];

export interface SchemeError {
  code: SchemeErrorCode;
  message: string;
  /** Path into the definition, e.g. `criteria[2].assessment.checkId`; '' for the root. */
  location: string;
}

type PathKey = PropertyKey;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const sameText = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  a.trim() !== '' &&
  a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * Rules across fields. Runs even when the shape has other errors, so it reads the raw input defensively.
 */
function crossFieldIssues(
  input: unknown,
): Array<{ code: SchemeErrorCode; message: string; path: PathKey[] }> {
  const out: Array<{ code: SchemeErrorCode; message: string; path: PathKey[] }> = [];
  if (!isRecord(input) || !Array.isArray(input.criteria)) return out;
  const criteria: unknown[] = input.criteria;
  const seen = new Map<string, number>();
  let mandatory = 0;
  criteria.forEach((c, i) => {
    if (!isRecord(c)) return;
    if (typeof c.id === 'string') {
      const first = seen.get(c.id);
      if (first === undefined) seen.set(c.id, i);
      else
        out.push({
          code: 'CRITERION_ID_DUPLICATE',
          message: `criterion id '${c.id}' is already used by criteria[${first}]`,
          path: ['criteria', i, 'id'],
        });
    }
    if (c.level === 'mandatory') mandatory++;
    const localized: Array<[unknown, PathKey[]]> = [
      [c.text, ['criteria', i, 'text']],
      [c.guidance, ['criteria', i, 'guidance']],
      [isRecord(c.assessment) ? c.assessment.evidence : undefined, ['criteria', i, 'assessment', 'evidence']],
    ];
    for (const [t, path] of localized) {
      if (isRecord(t) && sameText(t.en, t.vi))
        out.push({
          code: 'TEXT_NOT_TRANSLATED',
          message: 'the Vietnamese text is the same as the English text',
          path: [...path, 'vi'],
        });
    }
  });
  if (criteria.length > 0 && mandatory === 0)
    out.push({
      code: 'SCHEME_NO_MANDATORY_CRITERIA',
      message: 'a scheme needs at least one mandatory criterion',
      path: ['criteria'],
    });
  return out;
}

export const SchemeDefinitionSchema = z
  .strictObject({
    id: z.string().min(1).max(64).regex(SCHEME_ID_PATTERN),
    version: z.string().regex(VERSION_PATTERN),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    basedOn: z.array(text(1000)).min(1).max(50),
    economy: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    criteria: z.array(CriterionSchema).min(1).max(MAX_CRITERIA),
  })
  .superRefine(
    (value, ctx) => {
      for (const issue of crossFieldIssues(value))
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path: issue.path,
          params: { code: issue.code },
        });
    },
    { when: () => true },
  );
export type SchemeDefinition = z.infer<typeof SchemeDefinitionSchema>;

export type SchemeValidation = { ok: true; scheme: SchemeDefinition } | { ok: false; errors: SchemeError[] };

export function formatLocation(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function codeFor(issue: z.core.$ZodIssue): SchemeErrorCode {
  const path = issue.path;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return (SCHEME_ERROR_CODES as readonly unknown[]).includes(code)
      ? (code as SchemeErrorCode)
      : 'SCHEME_INVALID';
  }
  if (issue.code === 'unrecognized_keys') return 'SCHEME_UNKNOWN_FIELD';
  if (last === 'checkId' && parent === 'assessment') return 'CHECK_ID_UNKNOWN';
  if (last === 'method' && parent === 'assessment') return 'ASSESSMENT_METHOD_UNKNOWN';
  if (issue.code === 'invalid_union' && last === 'assessment') return 'ASSESSMENT_METHOD_UNKNOWN';
  if (last === 'en' || last === 'vi') return 'TEXT_MISSING';
  if (path.length === 1 && last === 'id') return 'SCHEME_ID_INVALID';
  if (path.length === 1 && last === 'version') return 'SCHEME_VERSION_INVALID';
  if (path.length === 1 && last === 'criteria' && issue.code === 'too_small') return 'SCHEME_NO_CRITERIA';
  if (path.length === 3 && path[0] === 'criteria' && last === 'id') return 'CRITERION_ID_INVALID';
  if (path.length === 3 && path[0] === 'criteria' && last === 'category') return 'CATEGORY_UNKNOWN';
  return 'SCHEME_INVALID';
}

/** Validate an unknown value as a scheme definition. Never throws. */
export function validateScheme(input: unknown): SchemeValidation {
  const result = SchemeDefinitionSchema.safeParse(input);
  if (result.success) return { ok: true, scheme: result.data };
  const errors: SchemeError[] = [];
  for (const issue of result.error.issues) {
    const code = codeFor(issue);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({
          code,
          message: `unknown field '${key}'`,
          location: formatLocation([...issue.path, key]),
        });
    } else {
      errors.push({ code, message: issue.message, location: formatLocation(issue.path) });
    }
  }
  return { ok: false, errors };
}

/** Parse 'MAJOR.MINOR'; null when the string is not a valid scheme version. */
export function parseVersion(version: string): { major: number; minor: number } | null {
  const m = VERSION_PATTERN.exec(version);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/**
 * Order two scheme versions numerically ('1.10' > '1.9'): negative, zero or positive, usable with
 * `Array.prototype.sort`. Throws a RangeError if either is not a valid 'MAJOR.MINOR' version.
 */
export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va) throw new RangeError(`invalid scheme version '${a}'`);
  if (!vb) throw new RangeError(`invalid scheme version '${b}'`);
  return va.major !== vb.major ? Math.sign(va.major - vb.major) : Math.sign(va.minor - vb.minor);
}

/** How a certificate or an assessment names the exact scheme version it was assessed against. */
export const SchemeRefSchema = z.strictObject({
  id: z.string().min(1).max(64).regex(SCHEME_ID_PATTERN),
  version: z.string().regex(VERSION_PATTERN),
});
export type SchemeRef = z.infer<typeof SchemeRefSchema>;

export const schemeRef = (scheme: Pick<SchemeDefinition, 'id' | 'version'>): SchemeRef => ({
  id: scheme.id,
  version: scheme.version,
});

/** Helper for shipped scheme files: type-checks the literal without widening the check ids. */
export const defineScheme = (scheme: SchemeDefinition): SchemeDefinition => scheme;
