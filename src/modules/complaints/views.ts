import type { EventEnvelope } from '../../platform/bus/index.ts';
import type { complaintMessages } from './schema.ts';
import type { ComplaintAttachment, ComplaintRow, ComplaintSummary, ComplaintView, Viewer } from './types.ts';

type MessageRow = typeof complaintMessages.$inferSelect;

/**
 * A complaint as one viewer may see it: the consumer and the operator's staff see the consumer's personal data,
 * the merchant the name and economy only; staff see who acted, the parties see roles.
 */
export function toView(
  row: ComplaintRow,
  viewer: Viewer,
  messages: MessageRow[],
  attachments: ComplaintAttachment[],
  events: EventEnvelope[],
): ComplaintView {
  const consumer =
    row.consumer === null
      ? null
      : viewer.role === 'merchant'
        ? { name: row.consumer.name, economy: row.consumer.economy }
        : row.consumer;
  return {
    ...toSummary(row),
    confirmed: row.confirmedAt !== null,
    desiredOutcome: row.desiredOutcome,
    description: row.description,
    orderReference: row.orderReference,
    orderDate: row.orderDate,
    amount: row.amount,
    currency: row.currency,
    language: row.language,
    consumer,
    settlement: row.settlement ?? null,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    respondedOnTime: row.respondedOnTime,
    complianceHonoured: row.complianceHonoured,
    satisfaction: row.satisfaction,
    forwardingReference: row.forwardingReference,
    personalDataErased: row.personalDataErasedAt !== null,
    closedAt: row.closedAt?.toISOString() ?? null,
    messages: messages.map((m) => ({
      id: m.id,
      authorRole: m.authorRole,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    attachments,
    timeline: events.map((e) => timelineEntry(e, viewer)),
  };
}

export function toSummary(row: ComplaintRow): ComplaintSummary {
  return {
    id: row.id,
    trackingNumber: row.trackingNumber,
    status: row.state,
    outcome: row.outcome,
    flagged: row.flagged,
    category: row.category,
    website: row.website,
    merchant: { partyId: row.merchantPartyId, name: row.merchantName },
    routedTo: { operator: row.routedOperator, economy: row.routedEconomy, routing: row.routing },
    mediator: row.mediator,
    dueAt: row.dueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const STAFF_ONLY = /^(user|apikey):/;

function timelineEntry(e: EventEnvelope, viewer: Viewer): ComplaintView['timeline'][number] {
  const event = e.subject.replace(/^complaints\.complaint\./, '');
  // The consumer sees who acted by role, not the staff member's account.
  const payload =
    (e.payload as { byRole?: string; authorRole?: string; proposedBy?: string; role?: string } | null) ?? {};
  const role = payload.byRole ?? payload.authorRole ?? payload.proposedBy ?? payload.role;
  const by =
    viewer.role === 'staff'
      ? (e.actor ?? 'system')
      : e.actor && STAFF_ONLY.test(e.actor)
        ? (role ?? 'operator')
        : (e.actor ?? 'system');
  return { at: e.occurredAt, event, by, reason: e.reason };
}
