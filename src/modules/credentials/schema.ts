import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The node's signing keys. The active key (no `retiredAt`) signs; retired keys stay in the DID document so
 * credentials they signed keep verifying. Private keys are sealed with the configured key-encryption key.
 */
export const issuerKeys = pgTable('issuer_keys', {
  id: uuid('id').primaryKey(),
  /** Fragment of the verification method in the node's DID document, e.g. `key-20261122`. */
  fragment: text('fragment').notNull().unique(),
  algorithm: text('algorithm').$type<'Ed25519'>().notNull(),
  publicKeyMultibase: text('public_key_multibase').notNull(),
  publicKeyJwk: jsonb('public_key_jwk').notNull(),
  privateKeySealed: text('private_key_sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

/** A Bitstring Status List the node publishes; entries are handed out at random positions for herd privacy. */
export const statusLists = pgTable('status_lists', {
  id: uuid('id').primaryKey(),
  /** The path segment it is published under: /credentials/status/<slug>. */
  slug: text('slug').notNull().unique(),
  purpose: text('purpose').$type<'revocation' | 'suspension'>().notNull(),
  size: integer('size').notNull(),
  bits: bytea('bits').notNull(),
  used: integer('used').notNull().default(0),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const issuedCredentials = pgTable(
  'issued_credentials',
  {
    id: uuid('id').primaryKey(),
    /** The credential's own `id` (urn:uuid:…). */
    credentialId: text('credential_id').notNull().unique(),
    type: text('type').notNull(),
    format: text('format').$type<'vc-jwt' | 'eddsa-rdfc-2022' | 'eddsa-jcs-2022'>().notNull(),
    subjectId: text('subject_id'),
    /** The registry party the credential is about, when there is one. */
    partyId: uuid('party_id'),
    /** The secured credential as issued: a JWT string or a JSON-LD document with a proof. */
    secured: jsonb('secured').notNull(),
    revocationList: uuid('revocation_list').references(() => statusLists.id),
    revocationIndex: integer('revocation_index'),
    suspensionList: uuid('suspension_list').references(() => statusLists.id),
    suspensionIndex: integer('suspension_index'),
    status: text('status').$type<'active' | 'suspended' | 'revoked'>().notNull().default('active'),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    issuedBy: text('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('issued_credentials_party_idx').on(t.partyId),
    index('issued_credentials_type_idx').on(t.type, t.issuedAt),
    uniqueIndex('issued_credentials_revocation_idx').on(t.revocationList, t.revocationIndex),
    uniqueIndex('issued_credentials_suspension_idx').on(t.suspensionList, t.suspensionIndex),
  ],
);

/** Issuers whose credentials this node accepts besides its own (recognised alliance operators). */
export const trustedIssuers = pgTable('trusted_issuers', {
  did: text('did').primaryKey(),
  name: text('name').notNull(),
  addedBy: text('added_by').notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});
