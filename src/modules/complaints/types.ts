import type { ConsumerDetails, complaints, Settlement } from './schema.ts';
import type {
  ComplaintCategory,
  ComplaintLanguage,
  ComplaintState,
  DesiredOutcome,
  ParticipantRole,
} from './vocabulary.ts';

export type ComplaintRow = typeof complaints.$inferSelect;
type Row = ComplaintRow;

/** Who is looking at or acting on a complaint; decides what personal data they see and what they may do. */
export type Viewer =
  | { role: 'consumer' }
  | { role: 'merchant'; partyId: string; actor: string }
  | { role: 'staff'; actor: string };

export interface NewComplaint {
  website?: string;
  merchant?: string;
  category: ComplaintCategory;
  description: string;
  desiredOutcome: DesiredOutcome;
  consumer: { email: string; name: string; economy?: string; phone?: string };
  orderReference?: string;
  orderDate?: string;
  amount?: string;
  currency?: string;
  language: ComplaintLanguage;
}

export interface FiledComplaint {
  id: string;
  trackingNumber: string;
  privateUrl: string;
  status: ComplaintState;
  routedTo: { operator: string; economy: string; routing: 'local' | 'foreign' };
}

export interface ComplaintMessage {
  id: string;
  authorRole: ParticipantRole;
  body: string;
  createdAt: string;
}

export interface ComplaintAttachment {
  id: string;
  uploadedByRole: ParticipantRole;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface ComplaintView {
  id: string;
  trackingNumber: string;
  status: ComplaintState;
  outcome: Row['outcome'];
  flagged: boolean;
  confirmed: boolean;
  category: ComplaintCategory;
  desiredOutcome: DesiredOutcome;
  description: string;
  orderReference: string | null;
  orderDate: string | null;
  amount: string | null;
  currency: string | null;
  language: ComplaintLanguage;
  website: string | null;
  merchant: { partyId: string | null; name: string | null };
  routedTo: { operator: string; economy: string; routing: 'local' | 'foreign' };
  /** Personal data: the consumer and staff see all of it, the merchant the name and economy only. */
  consumer: Partial<ConsumerDetails> | null;
  mediator: string | null;
  settlement: Settlement | null;
  dueAt: string | null;
  respondedAt: string | null;
  respondedOnTime: boolean | null;
  complianceHonoured: boolean | null;
  satisfaction: number | null;
  forwardingReference: string | null;
  personalDataErased: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  messages: ComplaintMessage[];
  attachments: ComplaintAttachment[];
  timeline: Array<{ at: string; event: string; by: string; reason: string | null }>;
}

export interface ComplaintSummary {
  id: string;
  trackingNumber: string;
  status: ComplaintState;
  outcome: Row['outcome'];
  flagged: boolean;
  category: ComplaintCategory;
  website: string | null;
  merchant: { partyId: string | null; name: string | null };
  routedTo: { operator: string; economy: string; routing: 'local' | 'foreign' };
  mediator: string | null;
  dueAt: string | null;
  createdAt: string;
  updatedAt: string;
}
