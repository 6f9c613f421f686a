/** The words of a complaint, shared by the API, the service and the web UI (dependency-free). */

export const COMPLAINT_CATEGORIES = [
  'non_delivery',
  'not_as_described',
  'defective',
  'counterfeit',
  'refund_not_made',
  'unauthorised_charge',
  'personal_data_misuse',
  'unfair_terms',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const DESIRED_OUTCOMES = ['refund', 'replacement', 'repair', 'delivery', 'apology'] as const;
export type DesiredOutcome = (typeof DESIRED_OUTCOMES)[number];

/** Languages a consumer may ask to be written to in; mail goes out in English and Vietnamese at least. */
export const COMPLAINT_LANGUAGES = ['en', 'vi', 'th', 'ms', 'id', 'km', 'lo', 'my', 'fil'] as const;
export type ComplaintLanguage = (typeof COMPLAINT_LANGUAGES)[number];

export const COMPLAINT_STATES = [
  'received',
  'awaiting_forwarding',
  'forwarded',
  'merchant_notified',
  'negotiation',
  'mediation',
  'compliance_check',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_OUTCOMES = [
  'settled',
  'not_settled',
  'withdrawn',
  'out_of_scope',
  'unresolved',
  'unconfirmed',
  'forwarded',
] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** Outcomes a mediator may decide. */
export const MEDIATION_OUTCOMES = ['settled', 'not_settled', 'withdrawn', 'out_of_scope'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export const PARTICIPANT_ROLES = ['consumer', 'merchant', 'mediator', 'system'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
