/**
 * Where a complaint goes: to the operator of the merchant's home economy. A registered merchant's economy is in
 * the registry; for an unknown website the country-code top-level domain is the best evidence there is, and when
 * even that is silent the complaint stays with this node's operator, who can forward it by hand.
 */
import { ASEAN_ECONOMIES } from '../../standards/identifiers/economies.ts';

/**
 * The public body that takes consumer complaints in each ASEAN economy, for complaints this node cannot handle
 * itself until its operator is an alliance peer (forwarding between nodes comes with the alliance).
 */
export const NATIONAL_COMPLAINT_BODIES: Readonly<Record<string, string>> = {
  BN: 'Competition and Consumer Affairs Department, Brunei Darussalam',
  KH: 'Consumer Protection, Competition and Fraud Repression Directorate-General (CCF), Cambodia',
  ID: 'Directorate-General of Consumer Protection and Trade Compliance, Ministry of Trade, Indonesia',
  LA: 'Department of Domestic Trade, Ministry of Industry and Commerce, Lao PDR',
  MY: 'Ministry of Domestic Trade and Cost of Living (KPDN), Malaysia',
  MM: 'Department of Consumer Affairs, Ministry of Commerce, Myanmar',
  PH: 'Fair Trade Enforcement Bureau, Department of Trade and Industry, Philippines',
  SG: 'Consumers Association of Singapore (CASE)',
  TH: 'Office of the Consumer Protection Board (OCPB), Thailand',
  VN: 'Department of Industry and Trade of the consumer’s province, Viet Nam',
};

const CCTLD: Readonly<Record<string, string>> = {
  bn: 'BN',
  kh: 'KH',
  id: 'ID',
  la: 'LA',
  my: 'MY',
  mm: 'MM',
  ph: 'PH',
  sg: 'SG',
  th: 'TH',
  vn: 'VN',
};

/** The ASEAN economy a domain's country-code TLD names, if any (`shop.com.vn` → VN; `.la` is often not Lao). */
export function economyOfDomain(domain: string): string | null {
  const tld = domain.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  return CCTLD[tld] ?? null;
}

export interface Route {
  economy: string;
  operator: string;
  routing: 'local' | 'foreign';
  /** How the economy was decided, for the case file. */
  basis: 'registry' | 'domain' | 'this-node';
}

export function routeComplaint(
  merchant: { homeEconomy: string } | null,
  website: string | null,
  node: { economy: string; operatorName: string },
): Route {
  const fromRegistry = merchant?.homeEconomy ?? null;
  const fromDomain = website ? economyOfDomain(website) : null;
  const economy = fromRegistry ?? fromDomain ?? node.economy;
  const basis = fromRegistry ? 'registry' : fromDomain ? 'domain' : 'this-node';
  if (economy === node.economy) return { economy, operator: node.operatorName, routing: 'local', basis };
  const known = (ASEAN_ECONOMIES as readonly string[]).includes(economy);
  return {
    economy,
    operator: known ? (NATIONAL_COMPLAINT_BODIES[economy] ?? economy) : node.operatorName,
    routing: known ? 'foreign' : 'local',
    basis,
  };
}
