import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import type { PartyKind } from './kinds.ts';

export { PARTY_KINDS, type PartyKind } from './kinds.ts';

export interface Address {
  lines: string[];
  locality?: string;
  region?: string;
  postalCode?: string;
  country: string;
}

export interface Contact {
  type: 'email' | 'phone' | 'url';
  value: string;
  label?: string;
}

export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').$type<PartyKind>().notNull(),
    /** Legal name as registered, in the local script. */
    name: text('name').notNull(),
    /** The Latin-script name, when the local one is not Latin. */
    nameLatin: text('name_latin'),
    /** Both names, lower-cased with diacritics folded, for search. */
    nameFolded: text('name_folded').notNull(),
    homeEconomy: text('home_economy').notNull(),
    ubin: text('ubin').notNull(),
    address: jsonb('address').$type<Address>(),
    contacts: jsonb('contacts').$type<Contact[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('parties_ubin_idx').on(t.ubin),
    index('parties_name_folded_idx').on(t.nameFolded),
    index('parties_economy_idx').on(t.homeEconomy),
  ],
);

/** Every identifier a party holds, normalised; one identifier belongs to one party only. */
export const partyIdentifiers = pgTable(
  'party_identifiers',
  {
    id: uuid('id').primaryKey(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    value: text('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('party_identifiers_scheme_value_idx').on(t.scheme, t.value),
    index('party_identifiers_party_idx').on(t.partyId),
  ],
);

export const websites = pgTable(
  'websites',
  {
    id: uuid('id').primaryKey(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    /** The ASCII (punycode) host name. */
    domain: text('domain').notNull(),
    domainUnicode: text('domain_unicode').notNull(),
    registrableDomain: text('registrable_domain').notNull(),
    verificationToken: text('verification_token').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verificationMethod: text('verification_method').$type<'dns' | 'http'>(),
    lastCheckAt: timestamp('last_check_at', { withTimezone: true }),
    lastCheck: jsonb('last_check'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('websites_domain_idx').on(t.domain),
    index('websites_party_idx').on(t.partyId),
    index('websites_registrable_idx').on(t.registrableDomain),
  ],
);
