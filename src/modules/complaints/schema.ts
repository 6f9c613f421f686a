import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ComplaintCategory,
  ComplaintLanguage,
  ComplaintOutcome,
  ComplaintState,
  DesiredOutcome,
  ParticipantRole,
} from './vocabulary.ts';

/** The consumer's personal data: kept apart so it can be erased while the case's facts stay for statistics. */
export interface ConsumerDetails {
  email: string;
  name: string;
  economy: string | null;
  phone?: string;
}

export interface Settlement {
  terms: string;
  proposedBy: ParticipantRole;
  proposedAt: string;
  acceptedAt?: string;
}

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey(),
    trackingNumber: text('tracking_number').notNull().unique(),
    /** SHA-256 of the private link's token; the token itself is only in the consumer's hands. */
    accessTokenHash: text('access_token_hash').notNull(),
    /** SHA-256 of the code mailed to the consumer to confirm the address; null once confirmed. */
    confirmCodeHash: text('confirm_code_hash'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    state: text('state').$type<ComplaintState>().notNull(),
    outcome: text('outcome').$type<ComplaintOutcome>(),
    flagged: boolean('flagged').notNull().default(false),
    category: text('category').$type<ComplaintCategory>().notNull(),
    desiredOutcome: text('desired_outcome').$type<DesiredOutcome>().notNull(),
    description: text('description').notNull(),
    orderReference: text('order_reference'),
    orderDate: date('order_date'),
    /** Decimal string with its ISO 4217 currency; never a binary float. */
    amount: text('amount'),
    currency: text('currency'),
    language: text('language').$type<ComplaintLanguage>().notNull(),
    website: text('website'),
    merchantPartyId: uuid('merchant_party_id'),
    merchantName: text('merchant_name'),
    /** The economy whose operator handles the complaint, and whether that is this node. */
    routedEconomy: text('routed_economy').notNull(),
    routedOperator: text('routed_operator').notNull(),
    routing: text('routing').$type<'local' | 'foreign'>().notNull(),
    consumer: jsonb('consumer').$type<ConsumerDetails>(),
    /** SHA-256 of the lower-cased consumer e-mail, for rate limits without reading personal data. */
    consumerEmailHash: text('consumer_email_hash'),
    consumerUserId: uuid('consumer_user_id'),
    mediator: text('mediator'),
    settlement: jsonb('settlement').$type<Settlement>(),
    forwardingReference: text('forwarding_reference'),
    /** The deadline of the current step (merchant response, negotiation, mediation, compliance). */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** When the merchant first answered; with the response deadline it says whether it answered on time. */
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedOnTime: boolean('responded_on_time'),
    mediationStartedAt: timestamp('mediation_started_at', { withTimezone: true }),
    complianceHonoured: boolean('compliance_honoured'),
    satisfaction: integer('satisfaction'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('complaints_merchant_idx').on(t.merchantPartyId, t.createdAt),
    index('complaints_state_idx').on(t.state, t.updatedAt),
    index('complaints_email_idx').on(t.consumerEmailHash, t.createdAt),
  ],
);

/** Messages between the parties and the mediator; visible to all three. */
export const complaintMessages = pgTable(
  'complaint_messages',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').notNull(),
    authorRole: text('author_role').$type<ParticipantRole>().notNull(),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_messages_complaint_idx').on(t.complaintId, t.createdAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Evidence attached by a party: checked by content, kept in the database, served only as a download. */
export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').notNull(),
    uploadedByRole: text('uploaded_by_role').$type<ParticipantRole>().notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_attachments_complaint_idx').on(t.complaintId, t.createdAt)],
);

/** The in-app inbox: what a party was told, readable in the console (merchants) or on the tracking page. */
export const complaintNotifications = pgTable(
  'complaint_notifications',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').notNull(),
    /** `party:<id>` for a merchant, `consumer` for the complainant, `mediators` for the operator's staff. */
    recipient: text('recipient').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('complaint_notifications_recipient_idx')
      .on(t.recipient, t.createdAt)
      .where(sql`${t.readAt} is null`),
    index('complaint_notifications_complaint_idx').on(t.complaintId),
  ],
);
