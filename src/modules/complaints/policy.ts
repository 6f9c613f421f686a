/** An operator's complaint-handling rules: deadlines, retention and when a trustmark review is due. */
export interface ComplaintPolicy {
  /** The merchant's window to answer, in working days (Viet Nam's Law 19/2023 art. 57(2): 7). */
  responseWorkingDays: number;
  /** Negotiation before it moves to mediation, in calendar days (ISO 32122 as summarised by BSI: 10). */
  negotiationDays: number;
  /** The target for a mediation outcome, in working days (ASEAN complaint function: 30). */
  mediationWorkingDays: number;
  /** How long the consumer has to say whether a settlement was carried out, in working days. */
  complianceWorkingDays: number;
  /** A complaint whose e-mail is not confirmed within this many days lapses. */
  unconfirmedDays: number;
  /** Personal data of a closed complaint is erased after this many days. */
  retentionDays: number;
  /** Unanswered complaints within the window that open a review of the merchant's trustmark. */
  reviewThreshold: number;
  reviewWindowDays: number;
  /** Complaints one e-mail address may file in 24 hours. */
  filingsPerEmailPerDay: number;
}

export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = {
  responseWorkingDays: 7,
  negotiationDays: 10,
  mediationWorkingDays: 30,
  complianceWorkingDays: 14,
  unconfirmedDays: 7,
  retentionDays: 730,
  reviewThreshold: 3,
  reviewWindowDays: 90,
  filingsPerEmailPerDay: 5,
};
