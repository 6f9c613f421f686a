import type { Address, Contact, PartyKind } from './schema.ts';

export interface IdentifierRef {
  scheme: string;
  value: string;
}

export interface PublicWebsite {
  id: string;
  domain: string;
  domainUnicode: string;
  registrableDomain: string;
  ownershipVerified: boolean;
  verifiedAt: string | null;
  verificationMethod: 'dns' | 'http' | null;
}

/** A party as anyone may see it: business registers are public. */
export interface PublicParty {
  id: string;
  kind: PartyKind;
  name: string;
  nameLatin: string | null;
  homeEconomy: string;
  ubin: string;
  address: Address | null;
  contacts: Contact[];
  identifiers: Array<IdentifierRef & { id: string }>;
  websites: PublicWebsite[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PartyInput {
  kind: PartyKind;
  name: string;
  nameLatin?: string | null;
  homeEconomy: string;
  address?: Address | null;
  contacts?: Contact[];
  identifiers: IdentifierRef[];
  websites?: string[];
}

export interface PartyPatch {
  kind?: PartyKind;
  name?: string;
  nameLatin?: string | null;
  address?: Address | null;
  contacts?: Contact[];
  /** Optimistic concurrency: the version the caller saw. */
  version?: number;
}

export interface WebsiteWithToken extends PublicWebsite {
  partyId: string;
  verificationToken: string;
  instructions: { dns: { name: string; type: 'TXT'; value: string }; http: { url: string; content: string } };
}
