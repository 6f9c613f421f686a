/**
 * The ten ASEAN member states (ISO 3166-1 alpha-2) and, for each, the national register whose number anchors a
 * business's UBIN. Dependency-free so the web UI can import it too.
 */
export const ASEAN_ECONOMIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;
export type AseanEconomy = (typeof ASEAN_ECONOMIES)[number];

/** The national register scheme a UBIN is anchored on, for each of the 10 ASEAN economies. */
export const PRIMARY_SCHEME_BY_COUNTRY: Readonly<Record<string, string>> = Object.freeze({
  BN: 'bn-roc',
  KH: 'kh-moc',
  ID: 'id-nib',
  LA: 'la-erc',
  MY: 'my-ssm',
  MM: 'mm-dica',
  PH: 'ph-sec',
  SG: 'sg-uen',
  TH: 'th-tin',
  VN: 'vn-mst',
});
