import { createHmac } from 'node:crypto';
import { and, asc, count, desc, eq, gte, sql } from 'drizzle-orm';
import { appendEvent, eventsFor } from '../../platform/bus/index.ts';
import type { Db, Executor, Tx } from '../../platform/db/client.ts';
import { conflict, DomainError, notFound } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { cancelJobs, scheduleJob } from '../../platform/jobs/index.ts';
import { enqueueMail, forgetMailTo, validateMailMessage } from '../../platform/mail/index.ts';
import { addWorkingDays, calendarFor } from '../../standards/calendar/index.ts';
import { normalizeDomain } from '../../standards/identifiers/index.ts';
import type { RegistryService } from '../registry/service.ts';
import type { PublicParty } from '../registry/types.ts';
import { ComplaintAttachments } from './attachments.ts';
import { ComplaintInbox } from './inbox.ts';
import { CONVERSATION_STATES, type ComplaintEvent, transition } from './lifecycle.ts';
import { renderBilingual, renderNotice, toMail } from './messages.ts';
import { ComplaintNotices } from './notices.ts';
import { type ComplaintPolicy, DEFAULT_COMPLAINT_POLICY } from './policy.ts';
import { routeComplaint } from './routing.ts';
import {
  complaintAttachments,
  complaintMessages,
  complaintNotifications,
  complaints,
  type Settlement,
} from './schema.ts';
import { type MerchantComplaintStatistics, merchantStatistics } from './statistics.ts';
import { hashEmail, hashSecret, newSecret, newTrackingNumber, secretMatches } from './tracking.ts';
import type {
  ComplaintRow,
  ComplaintSummary,
  ComplaintView,
  FiledComplaint,
  NewComplaint,
  Viewer,
} from './types.ts';
import { toSummary, toView } from './views.ts';
import type { ComplaintState, MediationOutcome, ParticipantRole } from './vocabulary.ts';

export { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_FILES } from './attachments.ts';
export type * from './types.ts';

type Row = ComplaintRow;

export const COMPLAINT_JOBS = {
  deadline: 'complaints.deadline',
  erasePersonalData: 'complaints.erase-personal-data',
} as const;

const DAY = 86_400_000;
const AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Which overdue event ends each timed state. */
const OVERDUE: Partial<Record<ComplaintState, ComplaintEvent['type']>> = {
  received: 'unconfirmed_expired',
  merchant_notified: 'response_overdue',
  negotiation: 'negotiation_overdue',
  mediation: 'mediation_overdue',
  compliance_check: 'compliance_overdue',
};

const invalid = (code: string, message: string, location: string, status = 422) =>
  new DomainError(code, message, { status, location });

export interface ComplaintServiceDeps {
  db: Db;
  registry: RegistryService;
  publicUrl: string;
  /**
   * Key for the private links' tokens: a token is an HMAC of the complaint id, so every later mail can carry the
   * consumer's link while the database keeps only its hash.
   */
  linkKey: Buffer;
  node: { economy: string; operatorName: string };
  policy?: Partial<ComplaintPolicy>;
  now?: () => Date;
}

/**
 * Cross-border consumer complaints from filing to closure. Every step goes through the lifecycle's rules, is
 * written with its audit event in one transaction together with the deadline job and the notices it causes, and
 * the consumer's personal data is shown only to the parties and the mediator, and erased when its time is up.
 */
export class ComplaintService {
  readonly policy: ComplaintPolicy;
  readonly attachments: ComplaintAttachments;
  readonly inbox: ComplaintInbox;
  private readonly notices: ComplaintNotices;
  private readonly now: () => Date;

  constructor(private readonly deps: ComplaintServiceDeps) {
    this.policy = { ...DEFAULT_COMPLAINT_POLICY, ...deps.policy };
    this.now = deps.now ?? (() => new Date());
    this.attachments = new ComplaintAttachments(deps.db, this.now);
    this.inbox = new ComplaintInbox(deps.db, this.now);
    this.notices = new ComplaintNotices(deps.registry, deps.publicUrl, this.now, (id) =>
      this.accessToken(id),
    );
  }

  // ---------------------------------------------------------------------------------------------- filing

  async file(
    input: NewComplaint,
    options: { signedInEmail?: string; userId?: string } = {},
  ): Promise<FiledComplaint> {
    const { merchant, website } = await this.resolveMerchant(input);
    this.checkMoney(input);
    const email = input.consumer.email.trim();
    // Everything the consumer hears goes to this address: refuse one we could not send to, before writing.
    if (validateMailMessage({ to: email, subject: 'check', text: 'check' }).length > 0)
      throw invalid('EMAIL_INVALID', 'We cannot send mail to this address', 'consumer.email', 400);
    const emailHash = hashEmail(email);
    const now = this.now();
    const [recent] = await this.deps.db
      .select({ n: count() })
      .from(complaints)
      .where(
        and(
          eq(complaints.consumerEmailHash, emailHash),
          gte(complaints.createdAt, new Date(now.getTime() - DAY)),
        ),
      );
    if ((recent?.n ?? 0) >= this.policy.filingsPerEmailPerDay)
      throw new DomainError(
        'RATE_LIMITED',
        'Too many complaints from this e-mail address today; try again tomorrow',
        {
          status: 429,
          location: 'consumer.email',
        },
      );

    const route = routeComplaint(merchant, website, this.deps.node);
    const id = newId();
    const trackingNumber = newTrackingNumber(now);
    const token = this.accessToken(id);
    const code = newSecret();
    const confirmedAtOnce = Boolean(
      options.signedInEmail && options.signedInEmail.toLowerCase() === email.toLowerCase(),
    );
    const privateUrl = `${this.deps.publicUrl}/complaints/track/${trackingNumber}?token=${token}`;

    await this.deps.db.transaction(async (tx) => {
      await tx.insert(complaints).values({
        id,
        trackingNumber,
        accessTokenHash: hashSecret(token),
        confirmCodeHash: confirmedAtOnce ? null : hashSecret(code),
        state: 'received',
        category: input.category,
        desiredOutcome: input.desiredOutcome,
        description: input.description.trim(),
        orderReference: input.orderReference?.trim() || null,
        orderDate: input.orderDate ?? null,
        amount: input.amount ?? null,
        currency: input.currency?.toUpperCase() ?? null,
        language: input.language,
        website,
        merchantPartyId: merchant?.id ?? null,
        merchantName: merchant?.name ?? website,
        routedEconomy: route.economy,
        routedOperator: route.operator,
        routing: route.routing,
        consumer: {
          email,
          name: input.consumer.name.trim(),
          economy: input.consumer.economy?.toUpperCase() ?? null,
          ...(input.consumer.phone ? { phone: input.consumer.phone } : {}),
        },
        consumerEmailHash: emailHash,
        consumerUserId: options.userId ?? null,
        dueAt: new Date(now.getTime() + this.policy.unconfirmedDays * DAY),
        createdAt: now,
        updatedAt: now,
      });
      await appendEvent(tx, {
        subject: 'complaints.complaint.received',
        aggregateType: 'complaint',
        aggregateId: id,
        // Events never carry the consumer's personal data: they outlive its erasure.
        payload: {
          trackingNumber,
          category: input.category,
          merchantPartyId: merchant?.id ?? null,
          website,
          routedTo: { economy: route.economy, routing: route.routing, basis: route.basis },
        },
        actor: options.userId ? `user:${options.userId}` : 'consumer',
      });
      if (!confirmedAtOnce) {
        await scheduleJob(
          tx,
          this.deadlineJob(id, 'received', new Date(now.getTime() + this.policy.unconfirmedDays * DAY)),
        );
        const link = `${privateUrl}&confirm=${code}`;
        const notice = renderNotice('confirm', input.language, {
          trackingNumber,
          link,
          merchant: merchant?.name ?? website ?? undefined,
        });
        await enqueueMail(tx, toMail(email, notice));
      }
    });
    if (confirmedAtOnce) await this.confirmed(await this.row(id), 'consumer');
    const row = await this.row(id);
    return {
      id,
      trackingNumber,
      privateUrl,
      status: row.state,
      routedTo: { operator: route.operator, economy: route.economy, routing: route.routing },
    };
  }

  private async resolveMerchant(
    input: NewComplaint,
  ): Promise<{ merchant: PublicParty | null; website: string | null }> {
    if (!input.website && !input.merchant)
      throw invalid(
        'FIELD_REQUIRED',
        'Name the website or the merchant the complaint is about',
        'website',
        400,
      );
    let merchant: PublicParty | null = null;
    let website: string | null = null;
    if (input.website) {
      const domain = normalizeDomain(input.website);
      if (!domain.valid || !domain.ascii)
        throw invalid(
          domain.errors[0]?.code ?? 'DOMAIN_FORMAT',
          'The website is not a valid domain or address',
          'website',
          400,
        );
      website = domain.ascii;
      try {
        merchant = (await this.deps.registry.lookupByDomain(website)).party;
      } catch {
        // An unknown shop is allowed: the operator handles it without a merchant to notify.
      }
    }
    if (input.merchant) {
      const key = input.merchant.trim();
      const found = isUuid(key)
        ? await this.deps.registry.getParty(key).catch(() => null)
        : await this.deps.registry.lookupByUbin(key).catch(() => null);
      if (!found) throw invalid('MERCHANT_UNKNOWN', `No merchant ${key} in the registry`, 'merchant');
      if (merchant && merchant.id !== found.id)
        throw invalid('MERCHANT_MISMATCH', `${website} belongs to another business than ${key}`, 'merchant');
      merchant = found;
    }
    return { merchant, website };
  }

  private checkMoney(input: NewComplaint): void {
    if (input.amount !== undefined && !AMOUNT.test(input.amount))
      throw invalid('AMOUNT_FORMAT', 'The amount is a decimal number such as 49.90', 'amount', 400);
    if (input.amount !== undefined && !input.currency)
      throw invalid('FIELD_REQUIRED', 'An amount needs its currency (ISO 4217, e.g. USD)', 'currency', 400);
    if (input.currency && !CURRENCIES.has(input.currency.toUpperCase()))
      throw invalid('CURRENCY_UNKNOWN', `${input.currency} is not an ISO 4217 currency`, 'currency', 400);
  }

  // ---------------------------------------------------------------------------------------------- access

  private accessToken(complaintId: string): string {
    return createHmac('sha256', this.deps.linkKey)
      .update(`complaint-link:${complaintId}`)
      .digest('base64url');
  }

  private async row(id: string, executor: Executor = this.deps.db): Promise<Row> {
    const [row] = await executor.select().from(complaints).where(eq(complaints.id, id));
    if (!row) throw notFound('Complaint', 'id');
    return row;
  }

  /** The consumer's door: the tracking number and the private link's token, or nothing (404, not 403). */
  async byToken(trackingNumber: string, token: string | undefined): Promise<Row> {
    const [row] = await this.deps.db
      .select()
      .from(complaints)
      .where(eq(complaints.trackingNumber, trackingNumber));
    if (!row || !secretMatches(token, row.accessTokenHash)) throw notFound('Complaint', 'trackingNumber');
    return row;
  }

  /** The operator's look-up by tracking number (the CLI, a phone call from a consumer). */
  async byTrackingNumber(trackingNumber: string): Promise<Row> {
    const [row] = await this.deps.db
      .select()
      .from(complaints)
      .where(eq(complaints.trackingNumber, trackingNumber.trim().toUpperCase()));
    if (!row) throw notFound(`Complaint ${trackingNumber}`, 'trackingNumber');
    return row;
  }

  /** A case for a merchant (its own only, once the consumer confirmed it) or the operator's staff. */
  async view(row: Row, viewer: Viewer): Promise<ComplaintView> {
    const [messages, attachments, events] = await Promise.all([
      this.deps.db
        .select()
        .from(complaintMessages)
        .where(eq(complaintMessages.complaintId, row.id))
        .orderBy(asc(complaintMessages.createdAt)),
      this.attachments.list(row.id),
      eventsFor(this.deps.db, 'complaint', row.id),
    ]);
    return toView(row, viewer, messages, attachments, events);
  }

  async forParticipant(id: string, viewer: Viewer): Promise<Row> {
    if (!isUuid(id)) throw notFound('Complaint', 'id');
    const row = await this.row(id);
    if (
      viewer.role === 'merchant' &&
      (row.merchantPartyId !== viewer.partyId || row.state === 'received' || row.routing === 'foreign')
    )
      throw notFound('Complaint', 'id');
    return row;
  }

  /** Queues: the operator's (local or foreign), or a merchant's own cases. */
  async list(filter: {
    state?: ComplaintState;
    routing?: 'local' | 'foreign';
    merchantPartyId?: string;
    limit?: number;
  }): Promise<ComplaintSummary[]> {
    const conditions = [];
    if (filter.state) conditions.push(eq(complaints.state, filter.state));
    if (filter.routing) conditions.push(eq(complaints.routing, filter.routing));
    if (filter.merchantPartyId) {
      conditions.push(eq(complaints.merchantPartyId, filter.merchantPartyId));
      conditions.push(sql`${complaints.state} <> 'received'`, eq(complaints.routing, 'local'));
    }
    const rows = await this.deps.db
      .select()
      .from(complaints)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(complaints.updatedAt))
      .limit(Math.min(filter.limit ?? 200, 500));
    return rows.map((r) => toSummary(r));
  }

  // ---------------------------------------------------------------------------------------------- steps

  private deadlineJob(id: string, state: ComplaintState, runAt: Date) {
    return {
      kind: COMPLAINT_JOBS.deadline,
      key: `complaints:deadline:${id}`,
      runAt,
      payload: { complaintId: id, state },
    };
  }

  /** The deadline of a step, in the working days of the economy whose operator handles the complaint. */
  private dueFor(state: ComplaintState, row: Row, from: Date): Date | null {
    const working = (days: number) => {
      const calendar = calendarFor(row.routedEconomy) ?? calendarFor(this.deps.node.economy);
      return calendar ? addWorkingDays(calendar, from, days) : new Date(from.getTime() + days * 1.4 * DAY);
    };
    switch (state) {
      case 'merchant_notified':
        return working(this.policy.responseWorkingDays);
      case 'negotiation':
        return new Date(from.getTime() + this.policy.negotiationDays * DAY);
      case 'mediation':
        return working(this.policy.mediationWorkingDays);
      case 'compliance_check':
        return working(this.policy.complianceWorkingDays);
      default:
        return null;
    }
  }

  /**
   * Applies one lifecycle event: the new state with its deadline job, the audit event, and whatever else the
   * step writes (`also`), in one transaction guarded by the row's version.
   */
  private async step(
    row: Row,
    event: ComplaintEvent,
    actor: string,
    options: {
      reason?: string;
      changes?: Partial<typeof complaints.$inferInsert>;
      also?: (tx: Tx, next: Row) => Promise<void>;
      byRole?: ParticipantRole;
    } = {},
  ): Promise<Row> {
    const result = transition(row.state, event);
    if (!result.ok) throw new DomainError(result.code, result.message, { status: 409, location: 'status' });
    const now = this.now();
    const dueAt = this.dueFor(result.state, row, now);
    const closing = result.state === 'closed' || result.state === 'forwarded';
    const updated = await this.deps.db.transaction(async (tx) => {
      const [next] = await tx
        .update(complaints)
        .set({
          ...options.changes,
          state: result.state,
          ...(result.outcome ? { outcome: result.outcome } : {}),
          ...(result.flagged ? { flagged: true } : {}),
          ...(result.state === 'mediation' && row.state !== 'mediation' ? { mediationStartedAt: now } : {}),
          dueAt,
          closedAt: closing ? now : null,
          version: row.version + 1,
          updatedAt: now,
        })
        .where(and(eq(complaints.id, row.id), eq(complaints.version, row.version)))
        .returning();
      if (!next) throw conflict('VERSION_CONFLICT', 'The complaint changed meanwhile; reload it', 'version');
      await appendEvent(tx, {
        subject: `complaints.complaint.${event.type}`,
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: {
          from: row.state,
          to: result.state,
          ...(result.outcome ? { outcome: result.outcome } : {}),
          merchantPartyId: row.merchantPartyId,
          ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
          ...(options.byRole ? { byRole: options.byRole } : {}),
        },
        actor,
        reason: options.reason,
      });
      if (dueAt) await scheduleJob(tx, this.deadlineJob(row.id, result.state, dueAt));
      else await cancelJobs(tx, `complaints:deadline:${row.id}`);
      if (closing)
        await scheduleJob(tx, {
          kind: COMPLAINT_JOBS.erasePersonalData,
          key: `complaints:erase:${row.id}`,
          runAt: new Date(now.getTime() + this.policy.retentionDays * DAY),
          payload: { complaintId: row.id },
        });
      await options.also?.(tx, next);
      await this.notices.announce(tx, row, next, event, options.reason);
      return next;
    });
    return updated;
  }

  /** The consumer opened the mailed link: the complaint goes to the merchant, or to the foreign-operator queue. */
  async confirm(row: Row, code: string): Promise<Row> {
    if (row.confirmedAt) return row;
    if (!secretMatches(code, row.confirmCodeHash))
      throw invalid(
        'CONFIRMATION_INVALID',
        'This confirmation link is not valid for this complaint',
        'confirm',
      );
    return this.confirmed(row, 'consumer');
  }

  private async confirmed(row: Row, actor: string): Promise<Row> {
    let next = await this.step(row, { type: 'confirmed', routing: row.routing }, actor, {
      changes: { confirmedAt: this.now(), confirmCodeHash: null },
    });
    // A shop that is not in the registry cannot answer here: the operator's mediator contacts it.
    if (next.state === 'merchant_notified' && !next.merchantPartyId)
      next = await this.step(next, { type: 'mediation_requested' }, 'system', {
        reason: 'The website is not in the registry; the operator contacts the shop',
      });
    return next;
  }

  /** A message from a party; the merchant's first one is its response and opens the negotiation. */
  async addMessage(row: Row, viewer: Viewer, body: string): Promise<Row> {
    if (!CONVERSATION_STATES.has(row.state))
      throw new DomainError(
        'TRANSITION_INVALID',
        `Messages are closed while the complaint is ${row.state.replaceAll('_', ' ')}`,
        {
          status: 409,
          location: 'status',
        },
      );
    const role: ParticipantRole = viewer.role === 'staff' ? 'mediator' : viewer.role;
    const actor = viewer.role === 'consumer' ? 'consumer' : viewer.actor;
    const write = async (tx: Tx) => {
      await tx.insert(complaintMessages).values({
        id: newId(),
        complaintId: row.id,
        authorRole: role,
        author: actor,
        body,
        createdAt: this.now(),
      });
    };
    if (role === 'merchant' && row.respondedAt === null) {
      const now = this.now();
      const changes = {
        respondedAt: now,
        respondedOnTime: row.state === 'merchant_notified' && (!row.dueAt || now <= row.dueAt),
      };
      if (row.state === 'merchant_notified')
        return this.step(row, { type: 'merchant_responded' }, actor, {
          changes,
          byRole: 'merchant',
          also: async (tx, next) => {
            await write(tx);
            await this.notices.consumer(tx, next, 'message', {
              trackingNumber: next.trackingNumber,
              link: this.notices.trackLink(next),
              from: next.merchantName ?? 'The merchant',
            });
          },
        });
      await this.deps.db.update(complaints).set(changes).where(eq(complaints.id, row.id));
    }
    await this.deps.db.transaction(async (tx) => {
      await write(tx);
      await tx.update(complaints).set({ updatedAt: this.now() }).where(eq(complaints.id, row.id));
      await appendEvent(tx, {
        subject: 'complaints.complaint.message_added',
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: { authorRole: role },
        actor,
      });
      const from = {
        consumer: 'The consumer',
        merchant: row.merchantName ?? 'The merchant',
        mediator: 'The mediator',
        system: 'CrossTrust',
      }[role];
      if (role !== 'consumer')
        await this.notices.consumer(tx, row, 'message', {
          trackingNumber: row.trackingNumber,
          link: this.notices.trackLink(row),
          from,
        });
      if (role !== 'merchant')
        await this.notices.merchant(tx, row, 'message', {
          trackingNumber: row.trackingNumber,
          link: this.notices.caseLink(row),
          from,
        });
      if (role !== 'mediator' && row.state === 'mediation')
        await this.notices.notify(
          tx,
          row.id,
          'mediators',
          'message',
          renderBilingual('message', {
            trackingNumber: row.trackingNumber,
            link: this.notices.caseLink(row),
            from,
          }).text,
        );
    });
    return this.row(row.id);
  }

  /** The merchant (in negotiation) or the mediator proposes terms; the consumer accepts them or not. */
  async proposeSettlement(row: Row, viewer: Viewer, terms: string): Promise<Row> {
    if (viewer.role === 'consumer')
      throw new DomainError('FORBIDDEN', 'The merchant or the mediator proposes a settlement', {
        status: 403,
      });
    const allowed = viewer.role === 'merchant' ? ['negotiation', 'mediation'] : ['mediation'];
    if (!allowed.includes(row.state))
      throw new DomainError(
        'TRANSITION_INVALID',
        `A settlement cannot be proposed while the complaint is ${row.state.replaceAll('_', ' ')}`,
        {
          status: 409,
          location: 'status',
        },
      );
    const settlement: Settlement = {
      terms,
      proposedBy: viewer.role === 'staff' ? 'mediator' : 'merchant',
      proposedAt: this.now().toISOString(),
    };
    await this.deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(complaints)
        .set({ settlement, version: row.version + 1, updatedAt: this.now() })
        .where(and(eq(complaints.id, row.id), eq(complaints.version, row.version)))
        .returning({ id: complaints.id });
      if (!updated)
        throw conflict('VERSION_CONFLICT', 'The complaint changed meanwhile; reload it', 'version');
      await appendEvent(tx, {
        subject: 'complaints.complaint.settlement_proposed',
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: { proposedBy: settlement.proposedBy },
        actor: viewer.actor,
      });
      await this.notices.consumer(tx, row, 'settlement_proposed', {
        trackingNumber: row.trackingNumber,
        link: this.notices.trackLink(row),
        from: settlement.proposedBy === 'merchant' ? (row.merchantName ?? 'The merchant') : 'The mediator',
      });
    });
    return this.row(row.id);
  }

  async acceptSettlement(row: Row): Promise<Row> {
    if (!row.settlement || row.settlement.acceptedAt)
      throw new DomainError('SETTLEMENT_NONE', 'There is no settlement proposal to accept', {
        status: 409,
        location: 'settlement',
      });
    return this.step(row, { type: 'settlement_accepted' }, 'consumer', {
      changes: { settlement: { ...row.settlement, acceptedAt: this.now().toISOString() } },
    });
  }

  requestMediation(row: Row, viewer: Viewer, reason?: string): Promise<Row> {
    return this.step(
      row,
      { type: 'mediation_requested' },
      viewer.role === 'consumer' ? 'consumer' : viewer.actor,
      {
        reason: reason ?? `Requested by the ${viewer.role === 'staff' ? 'mediator' : viewer.role}`,
        byRole: viewer.role === 'staff' ? 'mediator' : viewer.role,
      },
    );
  }

  /** A mediator takes the case. */
  async assign(row: Row, actor: string): Promise<Row> {
    if (row.state !== 'mediation')
      throw new DomainError('TRANSITION_INVALID', 'Only a complaint in mediation has a mediator', {
        status: 409,
        location: 'status',
      });
    await this.deps.db.transaction(async (tx) => {
      await tx
        .update(complaints)
        .set({ mediator: actor, version: row.version + 1, updatedAt: this.now() })
        .where(eq(complaints.id, row.id));
      await appendEvent(tx, {
        subject: 'complaints.complaint.mediator_assigned',
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: {},
        actor,
      });
    });
    return this.row(row.id);
  }

  decide(row: Row, actor: string, outcome: MediationOutcome, reason: string, terms?: string): Promise<Row> {
    if (outcome === 'settled' && !terms && !row.settlement)
      throw invalid('FIELD_REQUIRED', 'A settled outcome states its terms', 'terms');
    const settlement: Settlement | undefined =
      outcome === 'settled'
        ? {
            terms: terms ?? row.settlement!.terms,
            proposedBy: 'mediator',
            proposedAt: this.now().toISOString(),
            acceptedAt: this.now().toISOString(),
          }
        : undefined;
    return this.step(row, { type: 'outcome_decided', outcome }, actor, {
      reason,
      changes: settlement ? { settlement } : {},
    });
  }

  /** The consumer (or the mediator, on evidence) says whether the settlement was carried out. */
  confirmCompliance(row: Row, viewer: Viewer, honoured: boolean, note?: string): Promise<Row> {
    if (viewer.role === 'merchant')
      throw new DomainError('FORBIDDEN', 'The consumer or the mediator confirms compliance', { status: 403 });
    return this.step(
      row,
      { type: 'compliance_confirmed', honoured },
      viewer.role === 'consumer' ? 'consumer' : viewer.actor,
      {
        reason: note ?? (honoured ? 'The settlement was carried out' : 'The settlement was not carried out'),
        changes: { complianceHonoured: honoured },
      },
    );
  }

  withdraw(row: Row, viewer: Viewer, reason?: string): Promise<Row> {
    if (viewer.role === 'merchant')
      throw new DomainError('FORBIDDEN', 'Only the consumer withdraws a complaint', { status: 403 });
    return this.step(row, { type: 'withdrawn' }, viewer.role === 'consumer' ? 'consumer' : viewer.actor, {
      reason: reason ?? 'Withdrawn by the consumer',
    });
  }

  markForwarded(row: Row, actor: string, reference: string): Promise<Row> {
    return this.step(row, { type: 'forwarded' }, actor, {
      reason: `Forwarded to ${row.routedOperator}: ${reference}`,
      changes: { forwardingReference: reference },
    });
  }

  async rate(row: Row, satisfaction: number): Promise<Row> {
    if (row.state !== 'closed')
      throw new DomainError('TRANSITION_INVALID', 'A complaint is rated once it is closed', {
        status: 409,
        location: 'status',
      });
    if (row.satisfaction !== null)
      throw conflict('ALREADY_RATED', 'This complaint has been rated already', 'satisfaction');
    await this.deps.db.transaction(async (tx) => {
      await tx
        .update(complaints)
        .set({ satisfaction, updatedAt: this.now() })
        .where(eq(complaints.id, row.id));
      await appendEvent(tx, {
        subject: 'complaints.complaint.rated',
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: { satisfaction, merchantPartyId: row.merchantPartyId },
        actor: 'consumer',
      });
    });
    return this.row(row.id);
  }

  /** A merchant's public complaint statistics, found by party id, UBIN or website. */
  async statistics(key: { merchant?: string; website?: string }): Promise<MerchantComplaintStatistics> {
    const { registry } = this.deps;
    const party = key.website
      ? (await registry.lookupByDomain(key.website)).party
      : isUuid(key.merchant ?? '')
        ? await registry.getParty(key.merchant!)
        : await registry.lookupByUbin(key.merchant ?? '');
    return merchantStatistics(this.deps.db, party.id);
  }

  // ---------------------------------------------------------------------------------------------- jobs

  /** A step's deadline passed: the overdue event for the state the job was scheduled in, if still there. */
  async enforceDeadline(id: string, state: ComplaintState): Promise<void> {
    const row = await this.row(id).catch(() => null);
    if (!row || row.state !== state || !row.dueAt || row.dueAt.getTime() > this.now().getTime()) return;
    const type = OVERDUE[state];
    if (!type) return;
    const reasons: Record<string, string> = {
      unconfirmed_expired: 'The e-mail address was not confirmed in time',
      response_overdue: 'The merchant did not answer within the response window',
      negotiation_overdue: 'Negotiation did not settle the complaint in time',
      mediation_overdue: 'Mediation ran past its target without an outcome',
      compliance_overdue: 'The consumer did not report on the settlement in time',
    };
    await this.step(row, { type } as ComplaintEvent, 'system:jobs', {
      reason: reasons[type],
      ...(type === 'response_overdue' ? { changes: { respondedOnTime: false } } : {}),
      also: type === 'response_overdue' ? (tx, next) => this.checkReviewThreshold(tx, next) : undefined,
    });
  }

  /**
   * A merchant whose unanswered complaints within the window reach the threshold: the event that asks the
   * trustmark operator to review its certificate (the trustmark module listens for it).
   */
  private async checkReviewThreshold(tx: Tx, row: Row): Promise<void> {
    if (!row.merchantPartyId) return;
    const since = new Date(this.now().getTime() - this.policy.reviewWindowDays * DAY);
    const [unanswered] = await tx
      .select({ n: count() })
      .from(complaints)
      .where(
        and(
          eq(complaints.merchantPartyId, row.merchantPartyId),
          eq(complaints.respondedOnTime, false),
          gte(complaints.createdAt, since),
        ),
      );
    const n = unanswered?.n ?? 0;
    if (n < this.policy.reviewThreshold) return;
    await appendEvent(tx, {
      subject: 'complaints.merchant.threshold_crossed',
      aggregateType: 'merchant_complaints',
      aggregateId: row.merchantPartyId,
      payload: {
        partyId: row.merchantPartyId,
        unanswered: n,
        threshold: this.policy.reviewThreshold,
        windowDays: this.policy.reviewWindowDays,
      },
      actor: 'system:complaints',
      reason: `${n} complaints left unanswered in ${this.policy.reviewWindowDays} days`,
    });
  }

  // ---------------------------------------------------------------------------------------------- privacy

  /** Everything the node holds about the consumer in this complaint, for them to take away. */
  async exportPersonalData(row: Row): Promise<Record<string, unknown>> {
    const view = await this.view(row, { role: 'consumer' });
    return {
      exportedAt: this.now().toISOString(),
      controller: this.deps.node.operatorName,
      complaint: view,
      purposes: 'Handling your complaint with the merchant and the operator’s mediator; anonymous statistics',
      retention: `Personal data is erased ${this.policy.retentionDays} days after the complaint closes`,
    };
  }

  /**
   * Erases the consumer's personal data (on request, or when retention ends): name, e-mail, description, messages
   * and attachments. What remains — category, amounts, dates, outcome — feeds statistics and names no one.
   * An open complaint is withdrawn first: nobody can mediate a case without its facts.
   */
  async erasePersonalData(id: string, actor: string, reason: string): Promise<Row> {
    let row = await this.row(id);
    if (row.personalDataErasedAt) return row;
    if (transition(row.state, { type: 'withdrawn' }).ok)
      row = await this.step(row, { type: 'withdrawn' }, actor, {
        reason: 'Withdrawn: the consumer asked for erasure',
      });
    else if (transition(row.state, { type: 'compliance_overdue' }).ok)
      row = await this.step(row, { type: 'compliance_overdue' }, actor, {
        reason: 'Closed: the consumer asked for erasure',
      });
    const erased = '[erased]';
    const email = row.consumer?.email;
    await this.deps.db.transaction(async (tx) => {
      if (email) await forgetMailTo(tx, email, row.trackingNumber);
      await tx
        .update(complaints)
        .set({
          consumer: null,
          consumerEmailHash: null,
          consumerUserId: null,
          description: erased,
          orderReference: null,
          personalDataErasedAt: this.now(),
          updatedAt: this.now(),
        })
        .where(eq(complaints.id, id));
      await tx.update(complaintMessages).set({ body: erased }).where(eq(complaintMessages.complaintId, id));
      await tx.delete(complaintAttachments).where(eq(complaintAttachments.complaintId, id));
      await tx
        .delete(complaintNotifications)
        .where(
          and(eq(complaintNotifications.complaintId, id), eq(complaintNotifications.recipient, 'consumer')),
        );
      await cancelJobs(tx, `complaints:erase:${id}`);
      await appendEvent(tx, {
        subject: 'complaints.complaint.personal_data_erased',
        aggregateType: 'complaint',
        aggregateId: id,
        payload: {},
        actor,
        reason,
      });
    });
    return this.row(id);
  }
}
