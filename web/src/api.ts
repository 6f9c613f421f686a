/**
 * A small typed client for the node's HTTP API. Every failure becomes an ApiError carrying an RFC 9457 problem
 * (synthesised when the server or the network did not send one), so pages render all errors the same way.
 * The console's session lives in an HttpOnly cookie; the CSRF token from login/me is remembered here and sent
 * with every state-changing request.
 */

import type { MerchantComplaintStatistics } from '../../src/modules/complaints/statistics.ts';
import type {
  ComplaintAttachment,
  ComplaintMessage,
  ComplaintSummary,
  ComplaintView,
  FiledComplaint,
  NewComplaint,
} from '../../src/modules/complaints/types.ts';
import type { MediationOutcome } from '../../src/modules/complaints/vocabulary.ts';
import type { PublicIssuerKey } from '../../src/modules/credentials/keys.ts';
import type {
  CredentialFormat,
  IssuedCredential as ServerIssuedCredential,
  StatusAction,
} from '../../src/modules/credentials/service.ts';
import type { TrustedIssuer } from '../../src/modules/credentials/trusted-issuers.ts';
import type { OwnershipResult } from '../../src/modules/registry/ownership.ts';
import type { Address, Contact } from '../../src/modules/registry/schema.ts';
import type {
  PartyInput,
  PartyPatch,
  PublicParty,
  PublicWebsite,
  WebsiteWithToken,
} from '../../src/modules/registry/types.ts';
import type { WebsiteCheckResult } from '../../src/modules/trustmark/checker/crawl.ts';
import type { EvidenceFile } from '../../src/modules/trustmark/evidence.ts';
import type { CriterionVerdict } from '../../src/modules/trustmark/lifecycle.ts';
import type { CertificateView, CertifiedSite } from '../../src/modules/trustmark/public-registry.ts';
import type { CertificateReview, CheckPurpose } from '../../src/modules/trustmark/schema.ts';
import type { PublishedScheme } from '../../src/modules/trustmark/scheme-catalogue.ts';
import type {
  Assessment,
  Criterion,
  CriterionCategory,
  CriterionLevel,
  LocalizedText,
  SchemeDefinition,
} from '../../src/modules/trustmark/schemes/model.ts';
import type { RecordedCheck, TrustmarkApplication } from '../../src/modules/trustmark/service.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import type { PublicApiKey, PublicUser } from '../../src/platform/auth/service.ts';
import type { EventEnvelope } from '../../src/platform/bus/types.ts';
import type { ErrorDetail } from '../../src/platform/errors.ts';
import type { Problem as ServerProblem } from '../../src/server/problem.ts';
import type { IdentifierResult, SchemeInfo } from '../../src/standards/identifiers/types.ts';

// Shapes come from the server's own types, so the client cannot drift from the API it calls.
export {
  CONVERSATION_STATES as COMPLAINT_CONVERSATION_STATES,
  transition as complaintTransition,
} from '../../src/modules/complaints/lifecycle.ts';
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_LANGUAGES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATES,
  type ComplaintCategory,
  type ComplaintLanguage,
  type ComplaintOutcome,
  type ComplaintState,
  DESIRED_OUTCOMES,
  type DesiredOutcome,
  MEDIATION_OUTCOMES,
  type MediationOutcome,
  PARTICIPANT_ROLES,
  type ParticipantRole,
} from '../../src/modules/complaints/vocabulary.ts';
export { PARTY_KINDS, type PartyKind } from '../../src/modules/registry/kinds.ts';
export {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MEDIA_TYPES,
  type EvidenceMediaType,
} from '../../src/modules/trustmark/evidence-types.ts';
export { APPLICATION_STATES, type ApplicationState } from '../../src/modules/trustmark/lifecycle.ts';
export { ROLES, type Role } from '../../src/platform/auth/roles.ts';
export {
  ASEAN_ECONOMIES as ECONOMIES,
  PRIMARY_SCHEME_BY_COUNTRY as PRIMARY_SCHEME,
} from '../../src/standards/identifiers/economies.ts';
export type { Address, Contact, IdentifierResult, OwnershipResult, SchemeInfo };
export type ContactType = Contact['type'];
export type OwnershipCheck = OwnershipResult['checks'][number];
export type ProblemDetail = ErrorDetail;
/** A problem as the server sends it; synthesised ones may lack the instance and request id. */
export type Problem = Omit<ServerProblem, 'instance' | 'requestId'> & {
  instance?: string;
  requestId?: string;
};
export type Website = PublicWebsite;
export type WebsiteWithVerification = WebsiteWithToken;
export type Party = PublicParty;
export type PartyIdentifier = Party['identifiers'][number];
export type User = PublicUser;
export type ApiKey = PublicApiKey;
export type AuditEvent = EventEnvelope;
export type NewParty = PartyInput;
export type PartyChanges = PartyPatch & { reason?: string };

export type { CredentialFormat, StatusAction, TrustedIssuer };
export type IssuerKey = PublicIssuerKey;
export type IssuedCredential = ServerIssuedCredential;
export type CredentialStatus = IssuedCredential['status'];
export type IssuedCredentialWithHistory = IssuedCredential & { history: AuditEvent[] };

/** The formats the node signs in (the server's list lives with its signing code, which stays out of the bundle). */
export const CREDENTIAL_FORMATS = [
  'eddsa-rdfc-2022',
  'eddsa-jcs-2022',
  'vc-jwt',
] as const satisfies readonly CredentialFormat[];
export const CREDENTIAL_STATUSES = [
  'active',
  'suspended',
  'revoked',
] as const satisfies readonly CredentialStatus[];

/** One row of a verifier's checklist, as `POST /credentials/verify` reports it. */
export interface VerificationCheck {
  check: string;
  passed: boolean;
  code?: string;
  message: string;
}

/** The verifier's answer, verified or not (the node sends a failed one as a 400 problem with the same fields). */
export interface VerificationResult {
  verified: boolean;
  format: string;
  issuer?: string;
  credential?: Record<string, unknown>;
  checks: VerificationCheck[];
  warnings: string[];
  errors: Array<{ code: string; message: string }>;
}

export type { Assessment, Criterion, CriterionCategory, CriterionLevel, LocalizedText };
export type TrustmarkScheme = SchemeDefinition;
export type WebsiteCheckReport = WebsiteCheckResult & { partyId: string | null };
export type WebsiteCheckFinding = WebsiteCheckReport['findings'][number];
export type FindingOutcome = WebsiteCheckFinding['outcome'];

/** `GET /trustmarks/schemes`: the criteria schemes and the names of the automated checks, in both languages. */
export interface TrustmarkSchemes {
  schemes: Array<TrustmarkScheme & { origin?: PublishedScheme['origin'] }>;
  automatedChecks: Record<string, LocalizedText>;
}

export type {
  CertificateReview,
  CertificateView,
  CertifiedSite,
  CheckPurpose,
  CriterionVerdict,
  EvidenceFile,
  RecordedCheck,
  TrustmarkApplication,
};
export type CriterionAssessment = TrustmarkApplication['criteria'][number];
export type SealStatus = CertificateView['status'];
export type CertificateAction = 'suspend' | 'reinstate' | 'revoke';

/** One application as `GET /trustmarks/applications/:id` answers: with its history, evidence and checks. */
export type TrustmarkApplicationDetail = TrustmarkApplication & {
  history: AuditEvent[];
  evidence: EvidenceFile[];
  checks: RecordedCheck[];
};

export type { ComplaintAttachment, ComplaintMessage, ComplaintSummary, NewComplaint };
/** A complaint as one viewer may see it (the consumer, the merchant, or the operator's staff). */
export type Complaint = ComplaintView;
export type ComplaintTimelineEntry = Complaint['timeline'][number];
export type ComplaintRouting = Complaint['routedTo'];
/** What filing answers at once: the tracking number, the private link and where the complaint goes. */
export type FiledComplaintAnswer = Omit<FiledComplaint, 'id'>;
export type ComplaintStatistics = MerchantComplaintStatistics;
/** One notice in a merchant's or the mediators' complaint inbox. */
export interface ComplaintNotice {
  id: string;
  complaintId: string;
  kind: string;
  text: string;
  read: boolean;
  createdAt: string;
}
/** The node's cap on one complaint attachment (ATTACHMENT_MAX_BYTES in the complaints module). */
export const COMPLAINT_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export interface CertifiedSitePage {
  total: number;
  items: CertifiedSite[];
}

export interface IssuerInfo {
  did: string;
  keys: IssuerKey[];
}

export interface TrustedIssuers {
  self: string;
  issuers: TrustedIssuer[];
}

export interface PartyPage {
  total: number;
  items: Party[];
}

export interface LookupResult {
  party: Party;
  website?: Website;
  matchedBy: 'domain' | 'ubin' | 'identifier';
}

export interface Session {
  user: User;
  csrfToken: string;
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Any thrown value as a problem, so a page can always render what went wrong. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  const detail = error instanceof Error ? error.message : String(error);
  return { type: 'about:blank', title: 'Error', status: 0, detail, code: 'CLIENT_ERROR' };
}

/**
 * Problem locations come in two spellings: `identifiers[0].value` from domain checks and
 * `body.identifiers.0.value` from request-schema checks. Both become `identifiers[0].value`.
 */
export function normalizeLocation(location: string | undefined): string {
  if (!location) return '';
  return location
    .replace(/^(body|querystring|query|params)(\.|$)/, '')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]')
    .replace(/^\./, '');
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request made with the session answers 401 (the session ended or expired). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A file sent as it is (not as JSON), with its media type. */
  file?: { data: Blob; type: string };
  /** Do not report a 401 as an ended session (sign-in itself, the first "who am I"). */
  quiet401?: boolean;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === 'number' && typeof v.code === 'string' && typeof v.detail === 'string';
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file) headers['content-type'] = options.file.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.file
        ? options.file.data
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      code: 'NETWORK',
      detail: error instanceof Error ? error.message : 'The node could not be reached',
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const problem: Problem = isProblem(data)
      ? data
      : {
          type: 'about:blank',
          title: response.statusText || 'Error',
          status: response.status,
          code: `HTTP_${response.status}`,
          detail: `The node answered ${response.status} ${response.statusText}`.trim(),
        };
    if (response.status === 401 && !options.quiet401) onUnauthorized?.();
    throw new ApiError(problem);
  }
  return data as T;
}

export const api = {
  // Public registry and identifier tools
  searchParties: (query: { q?: string; economy?: string; kind?: string; limit?: number; offset?: number }) =>
    request<PartyPage>('GET', '/api/v1/registry/parties', { query }),
  getParty: (id: string) => request<Party>('GET', `/api/v1/registry/parties/${encodeURIComponent(id)}`),
  lookupDomain: (domain: string) =>
    request<LookupResult>('GET', '/api/v1/registry/lookup', { query: { domain } }),
  lookupUbin: (ubin: string) => request<LookupResult>('GET', '/api/v1/registry/lookup', { query: { ubin } }),
  lookupIdentifier: (scheme: string, value: string) =>
    request<LookupResult>('GET', '/api/v1/registry/lookup', { query: { scheme, value } }),
  schemes: () => request<{ schemes: SchemeInfo[] }>('GET', '/api/v1/identifiers/schemes'),
  validateIdentifier: (scheme: string, value: string) =>
    request<IdentifierResult>('POST', '/api/v1/identifiers/validate', { body: { scheme, value } }),

  // Session
  login: (email: string, password: string) =>
    request<Session>('POST', '/api/v1/auth/login', { body: { email, password }, quiet401: true }),
  me: () =>
    request<{ via: 'session' | 'apikey'; user?: User; csrfToken: string }>('GET', '/api/v1/auth/me', {
      quiet401: true,
    }),
  logout: () => request<void>('POST', '/api/v1/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/api/v1/auth/password', { body: { currentPassword, newPassword } }),

  // Console: registry administration
  createParty: (input: NewParty) => request<Party>('POST', '/api/v1/registry/parties', { body: input }),
  updateParty: (id: string, changes: PartyChanges) =>
    request<Party>('PATCH', `/api/v1/registry/parties/${encodeURIComponent(id)}`, { body: changes }),
  partyHistory: (id: string) =>
    request<{ events: AuditEvent[] }>('GET', `/api/v1/registry/parties/${encodeURIComponent(id)}/history`),
  addIdentifier: (id: string, scheme: string, value: string) =>
    request<Party>('POST', `/api/v1/registry/parties/${encodeURIComponent(id)}/identifiers`, {
      body: { scheme, value },
    }),
  removeIdentifier: (id: string, identifierId: string) =>
    request<Party>(
      'DELETE',
      `/api/v1/registry/parties/${encodeURIComponent(id)}/identifiers/${encodeURIComponent(identifierId)}`,
    ),
  addWebsite: (id: string, domain: string) =>
    request<WebsiteWithVerification>('POST', `/api/v1/registry/parties/${encodeURIComponent(id)}/websites`, {
      body: { domain },
    }),
  getWebsite: (websiteId: string) =>
    request<WebsiteWithVerification>('GET', `/api/v1/registry/websites/${encodeURIComponent(websiteId)}`),
  verifyWebsite: (websiteId: string) =>
    request<{ website: WebsiteWithVerification; result: OwnershipResult }>(
      'POST',
      `/api/v1/registry/websites/${encodeURIComponent(websiteId)}/verify`,
    ),
  removeWebsite: (websiteId: string) =>
    request<void>('DELETE', `/api/v1/registry/websites/${encodeURIComponent(websiteId)}`),

  // Console: people and keys
  listUsers: () => request<{ users: User[] }>('GET', '/api/v1/users'),
  createUser: (input: {
    email: string;
    name: string;
    password: string;
    roles: Role[];
    partyId?: string | null;
  }) => request<User>('POST', '/api/v1/users', { body: input }),
  listApiKeys: () => request<{ apiKeys: ApiKey[] }>('GET', '/api/v1/api-keys'),
  createApiKey: (input: { name: string; role: Role; partyId?: string | null }) =>
    request<ApiKey & { key: string }>('POST', '/api/v1/api-keys', { body: input }),
  revokeApiKey: (id: string) => request<void>('DELETE', `/api/v1/api-keys/${encodeURIComponent(id)}`),

  // Verifiable credentials: the public verifier, the issuer's identity and the issued credentials
  verifyCredential: async (verifiableCredential: unknown): Promise<VerificationResult> => {
    try {
      return await request<VerificationResult>('POST', '/credentials/verify', {
        body: { verifiableCredential },
      });
    } catch (error) {
      // "Not verified" is an answer, not a failure: the problem carries the same checklist.
      const body =
        error instanceof ApiError ? (error.problem as unknown as Partial<VerificationResult>) : null;
      if (
        body &&
        error instanceof ApiError &&
        error.problem.code === 'VERIFICATION_FAILED' &&
        Array.isArray(body.checks)
      )
        return {
          verified: false,
          format: body.format ?? '',
          ...(body.issuer ? { issuer: body.issuer } : {}),
          ...(body.credential ? { credential: body.credential } : {}),
          checks: body.checks,
          warnings: body.warnings ?? [],
          errors: body.errors ?? [],
        };
      throw error;
    }
  },
  issuer: () => request<IssuerInfo>('GET', '/api/v1/issuer'),
  rotateIssuerKey: (reason?: string) =>
    request<{ verificationMethod: string }>('POST', '/api/v1/issuer/keys/rotate', {
      body: reason ? { reason } : {},
    }),
  trustedIssuers: () => request<TrustedIssuers>('GET', '/api/v1/trusted-issuers'),
  addTrustedIssuer: (did: string, name: string) =>
    request<TrustedIssuer>('POST', '/api/v1/trusted-issuers', { body: { did, name } }),
  removeTrustedIssuer: (did: string) =>
    request<void>('DELETE', `/api/v1/trusted-issuers/${encodeURIComponent(did)}`),
  listCredentials: (query: {
    type?: string;
    status?: string;
    partyId?: string;
    limit?: number;
    offset?: number;
  }) => request<{ items: IssuedCredential[] }>('GET', '/api/v1/credentials', { query }),
  getCredential: (id: string) =>
    request<IssuedCredentialWithHistory>('GET', `/api/v1/credentials/${encodeURIComponent(id)}`),
  changeCredentialStatus: (id: string, action: StatusAction, reason: string) =>
    request<IssuedCredential>('POST', `/api/v1/credentials/${encodeURIComponent(id)}/status`, {
      body: { action, reason },
    }),
  issueBusinessIdentity: (input: { partyId: string; format?: CredentialFormat; validForDays?: number }) =>
    request<IssuedCredential>('POST', '/api/v1/credentials/business-identity', { body: input }),

  // Trustmarks
  trustmarkSchemes: () => request<TrustmarkSchemes>('GET', '/api/v1/trustmarks/schemes'),
  runWebsiteCheck: (domain: string) =>
    request<WebsiteCheckReport>('POST', '/api/v1/trustmarks/website-checks', { body: { domain } }),

  // Trustmarks: the public registry of certified websites and the certificate behind a seal
  certifiedSites: (query: {
    q?: string;
    economy?: string;
    scheme?: string;
    limit?: number;
    offset?: number;
  }) => request<CertifiedSitePage>('GET', '/api/v1/trustmarks/registry', { query }),
  trustmarkCertificate: (domain: string) =>
    request<CertificateView>('GET', '/api/v1/trustmarks/certificate', { query: { domain } }),
  /** The TrustmarkCredential of a certificate (a JSON-LD credential). */
  trustmarkCredential: (applicationId: string) =>
    request<unknown>(
      'GET',
      `/api/v1/trustmarks/certificates/${encodeURIComponent(applicationId)}/credential`,
    ),

  // Trustmarks: applications, their assessment and their certificates
  listTrustmarkApplications: (query: { state?: string; partyId?: string }) =>
    request<{ items: TrustmarkApplication[] }>('GET', '/api/v1/trustmarks/applications', { query }),
  getTrustmarkApplication: (id: string) => request<TrustmarkApplicationDetail>('GET', trustmarkPath(id)),
  applyForTrustmark: (input: { partyId: string; domain: string; schemeId: string; schemeVersion?: string }) =>
    request<TrustmarkApplication>('POST', '/api/v1/trustmarks/applications', { body: input }),
  runTrustmarkCheck: (id: string) => trustmarkStep(id, 'check', {}),
  reviewTrustmark: (
    id: string,
    verdicts: Array<{ criterionId: string; verdict: CriterionVerdict; note?: string }>,
  ) => trustmarkStep(id, 'review', { verdicts }),
  reportTrustmarkGaps: (id: string, deadlineDays: number, reason?: string) =>
    trustmarkStep(id, 'gaps', reason ? { deadlineDays, reason } : { deadlineDays }),
  resubmitTrustmark: (id: string) => trustmarkStep(id, 'resubmit', {}),
  approveTrustmark: (id: string, reason?: string) => trustmarkStep(id, 'approve', reason ? { reason } : {}),
  withdrawTrustmark: (id: string, reason?: string) => trustmarkStep(id, 'withdraw', reason ? { reason } : {}),
  changeTrustmarkCertificate: (id: string, action: CertificateAction, reason: string) =>
    trustmarkStep(id, 'certificate', { action, reason }),
  reviewTrustmarkCertificate: (id: string, action: 'open' | 'close', reason: string) =>
    trustmarkStep(id, 'certificate-review', { action, reason }),
  recheckTrustmark: (id: string) =>
    request<RecordedCheck>('POST', `${trustmarkPath(id)}/recheck`, { body: {} }),
  renewTrustmark: (id: string) =>
    request<TrustmarkApplication>('POST', `${trustmarkPath(id)}/renew`, { body: {} }),
  /** Sends the file itself as the body, with its type (or application/octet-stream for plain text). */
  uploadTrustmarkEvidence: (id: string, file: Blob, options: { filename?: string; criterionId?: string }) =>
    request<EvidenceFile>('POST', `${trustmarkPath(id)}/evidence`, {
      query: { filename: options.filename, criterionId: options.criterionId },
      file: { data: file, type: uploadType(file.type) },
    }),
  /** Where an evidence file downloads from (the session cookie goes along with a plain link). */
  evidenceHref: (id: string, evidenceId: string) =>
    `${trustmarkPath(id)}/evidence/${encodeURIComponent(evidenceId)}`,

  // Complaints: the consumer's side, through the tracking number and the private link's token (no account)
  fileComplaint: (input: NewComplaint) =>
    request<FiledComplaintAnswer>('POST', '/api/v1/complaints', { body: input }),
  trackComplaint: (trackingNumber: string, token: string) =>
    request<Complaint>('GET', complaintPath(trackingNumber), { query: { token } }),
  confirmComplaint: (trackingNumber: string, token: string, code: string) =>
    consumerStep(trackingNumber, token, 'confirm', { code }),
  writeToMerchant: (trackingNumber: string, token: string, body: string) =>
    consumerStep(trackingNumber, token, 'messages', { body }),
  acceptSettlement: (trackingNumber: string, token: string) =>
    consumerStep(trackingNumber, token, 'accept-settlement', {}),
  askForMediation: (trackingNumber: string, token: string, reason?: string) =>
    consumerStep(trackingNumber, token, 'request-mediation', reason ? { reason } : {}),
  withdrawComplaint: (trackingNumber: string, token: string, reason?: string) =>
    consumerStep(trackingNumber, token, 'withdraw', reason ? { reason } : {}),
  reportCompliance: (trackingNumber: string, token: string, honoured: boolean, note?: string) =>
    consumerStep(trackingNumber, token, 'compliance', note ? { honoured, note } : { honoured }),
  rateComplaint: (trackingNumber: string, token: string, satisfaction: number) =>
    consumerStep(trackingNumber, token, 'rating', { satisfaction }),
  eraseComplaintData: (trackingNumber: string, token: string) =>
    consumerStep(trackingNumber, token, 'erasure', {}),
  uploadComplaintAttachment: (trackingNumber: string, token: string, file: Blob, filename?: string) =>
    request<ComplaintAttachment>('POST', `${complaintPath(trackingNumber)}/attachments`, {
      query: { token, filename },
      file: { data: file, type: uploadType(file.type) },
    }),
  complaintAttachmentHref: (trackingNumber: string, token: string, attachmentId: string) =>
    withQuery(`${complaintPath(trackingNumber)}/attachments/${encodeURIComponent(attachmentId)}`, { token }),
  complaintExportHref: (trackingNumber: string, token: string) =>
    withQuery(`${complaintPath(trackingNumber)}/export`, { token }),
  /** A merchant's public complaint record, by party id or UBIN, or by website. */
  complaintStatistics: (key: { merchant: string } | { website: string }) =>
    request<ComplaintStatistics>('GET', '/api/v1/complaints/statistics', { query: key }),

  // Complaints: cases, for the merchant concerned and the operator's mediators
  listComplaintCases: (query: { state?: string; routing?: 'local' | 'foreign' }) =>
    request<{ items: ComplaintSummary[] }>('GET', '/api/v1/complaint-cases', { query }),
  getComplaintCase: (id: string) => request<Complaint>('GET', casePath(id)),
  writeOnCase: (id: string, body: string) => caseStep(id, 'messages', { body }),
  proposeSettlement: (id: string, terms: string) => caseStep(id, 'settlement', { terms }),
  caseToMediation: (id: string, reason?: string) =>
    caseStep(id, 'request-mediation', reason ? { reason } : {}),
  assignCase: (id: string) => caseStep(id, 'assign', {}),
  decideCase: (id: string, input: { outcome: MediationOutcome; reason: string; terms?: string }) =>
    caseStep(id, 'outcome', input),
  recordCompliance: (id: string, honoured: boolean, note?: string) =>
    caseStep(id, 'compliance', note ? { honoured, note } : { honoured }),
  markForwarded: (id: string, reference: string) => caseStep(id, 'forwarded', { reference }),
  uploadCaseAttachment: (id: string, file: Blob, filename?: string) =>
    request<ComplaintAttachment>('POST', `${casePath(id)}/attachments`, {
      query: { filename },
      file: { data: file, type: uploadType(file.type) },
    }),
  caseAttachmentHref: (id: string, attachmentId: string) =>
    `${casePath(id)}/attachments/${encodeURIComponent(attachmentId)}`,
  forwardingPackageHref: (id: string) => `${casePath(id)}/forwarding-package`,
  complaintInbox: () => request<{ items: ComplaintNotice[] }>('GET', '/api/v1/complaint-inbox'),
  markNoticesRead: (ids: string[]) =>
    request<{ updated: number }>('POST', '/api/v1/complaint-inbox/read', { body: { ids } }),
};

function complaintPath(trackingNumber: string): string {
  return `/api/v1/complaints/${encodeURIComponent(trackingNumber)}`;
}

function consumerStep(trackingNumber: string, token: string, step: string, body: object): Promise<Complaint> {
  return request<Complaint>('POST', `${complaintPath(trackingNumber)}/${step}`, { query: { token }, body });
}

function casePath(id: string): string {
  return `/api/v1/complaint-cases/${encodeURIComponent(id)}`;
}

function caseStep(id: string, step: string, body: object): Promise<Complaint> {
  return request<Complaint>('POST', `${casePath(id)}/${step}`, { body });
}

/** The node takes documents and pictures by their own type, anything else (plain text) as octet-stream. */
const UPLOAD_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
const uploadType = (type: string): string =>
  UPLOAD_TYPES.includes(type) ? type : 'application/octet-stream';

function trustmarkPath(id: string): string {
  return `/api/v1/trustmarks/applications/${encodeURIComponent(id)}`;
}

function trustmarkStep(id: string, step: string, body: object): Promise<TrustmarkApplication> {
  return request<TrustmarkApplication>('POST', `${trustmarkPath(id)}/${step}`, { body });
}
