import { z } from 'zod';
import { PARTY_KINDS } from '../modules/registry/schema.ts';
import { ROLES } from '../platform/auth/schema.ts';

/** Shared response and request shapes; registered with ids so the OpenAPI document references them. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().describe('Stable machine-readable error code'),
    errors: z
      .array(z.object({ code: z.string(), message: z.string(), location: z.string().optional() }))
      .optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
  422: ProblemSchema,
} as const;

export const IdParam = z.object({ id: z.uuid() }).strict();

export const IdentifierRefSchema = z
  .object({
    scheme: z
      .string()
      .min(1)
      .max(40)
      .describe('Scheme id such as vn-mst, sg-uen, lei, gln (aliases like VN:MST accepted)'),
    value: z.string().min(1).max(256),
  })
  .strict()
  .meta({ id: 'IdentifierRef' });

const IdentifierErrorSchema = z.object({ code: z.string(), message: z.string() });

export const IdentifierResultSchema = z
  .object({
    scheme: z.string(),
    valid: z.boolean(),
    normalized: z.string().nullable(),
    checkDigit: z.enum(['verified', 'none']),
    country: z.string().nullable(),
    errors: z.array(IdentifierErrorSchema),
    notes: z.array(z.string()),
    details: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: 'IdentifierResult' });

export const SchemeInfoSchema = z
  .object({
    id: z.string(),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    name: z.string(),
    checkDigit: z.boolean(),
    example: z.string(),
    source: z.string(),
  })
  .meta({ id: 'IdentifierScheme' });

export const AddressSchema = z
  .object({
    lines: z.array(z.string().max(200)).max(5),
    locality: z.string().max(100).optional(),
    region: z.string().max(100).optional(),
    postalCode: z.string().max(20).optional(),
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict()
  .meta({ id: 'Address' });

export const ContactSchema = z
  .object({
    type: z.enum(['email', 'phone', 'url']),
    value: z.string().min(1).max(200),
    label: z.string().max(100).optional(),
  })
  .strict()
  .meta({ id: 'Contact' });

export const WebsiteSchema = z
  .object({
    id: z.string(),
    domain: z.string().describe('ASCII (punycode) host name'),
    domainUnicode: z.string(),
    registrableDomain: z.string(),
    ownershipVerified: z.boolean(),
    verifiedAt: z.string().nullable(),
    verificationMethod: z.enum(['dns', 'http']).nullable(),
  })
  .meta({ id: 'Website' });

export const WebsiteWithTokenSchema = WebsiteSchema.extend({
  partyId: z.string(),
  verificationToken: z.string(),
  instructions: z.object({
    dns: z.object({ name: z.string(), type: z.literal('TXT'), value: z.string() }),
    http: z.object({ url: z.string(), content: z.string() }),
  }),
}).meta({ id: 'WebsiteWithVerification' });

export const PartySchema = z
  .object({
    id: z.string(),
    kind: z.enum(PARTY_KINDS),
    name: z.string(),
    nameLatin: z.string().nullable(),
    homeEconomy: z.string(),
    ubin: z.string(),
    address: AddressSchema.nullable(),
    contacts: z.array(ContactSchema),
    identifiers: z.array(z.object({ id: z.string(), scheme: z.string(), value: z.string() })),
    websites: z.array(WebsiteSchema),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Party' });

export const PartyInputSchema = z
  .object({
    kind: z.enum(PARTY_KINDS),
    name: z.string().trim().min(1).max(300),
    nameLatin: z.string().trim().max(300).nullish(),
    homeEconomy: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, upper case'),
    address: AddressSchema.nullish(),
    contacts: z.array(ContactSchema).max(20).optional(),
    identifiers: z.array(IdentifierRefSchema).min(1).max(30),
    websites: z.array(z.string().min(1).max(300)).max(50).optional(),
  })
  .strict()
  .meta({ id: 'NewParty' });

export const PartyPatchSchema = z
  .object({
    kind: z.enum(PARTY_KINDS).optional(),
    name: z.string().trim().min(1).max(300).optional(),
    nameLatin: z.string().trim().max(300).nullish(),
    address: AddressSchema.nullish(),
    contacts: z.array(ContactSchema).max(20).optional(),
    version: z.number().int().positive().optional(),
    reason: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: 'PartyChanges' });

export const EventSchema = z
  .object({
    id: z.string(),
    seq: z.number(),
    subject: z.string(),
    aggregateType: z.string(),
    aggregateId: z.string(),
    payload: z.unknown(),
    actor: z.string().nullable(),
    reason: z.string().nullable(),
    occurredAt: z.string(),
  })
  .meta({ id: 'Event' });

export const RoleSchema = z.enum(ROLES);

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(RoleSchema),
    partyId: z.string().nullable(),
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const ApiKeySchema = z
  .object({
    id: z.string(),
    prefix: z.string(),
    name: z.string(),
    role: RoleSchema,
    partyId: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });
