/** The kinds of party the registry holds. Dependency-free so the web UI can import it too. */
export const PARTY_KINDS = ['merchant', 'marketplace', 'logistics', 'payment', 'operator', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
