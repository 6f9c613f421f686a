import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueMail, enqueueNotice } from '../../platform/mail/index.ts';
import type { RegistryService } from '../registry/service.ts';
import type { ComplaintEvent } from './lifecycle.ts';
import { type NoticeKind, type NoticeParams, renderBilingual, renderNotice, toMail } from './messages.ts';
import { complaintNotifications } from './schema.ts';
import type { ComplaintRow } from './types.ts';

type Row = ComplaintRow;

/**
 * Telling people what happened to a complaint, in the transaction of the step itself: a mail (in the consumer's
 * language; both languages for merchants) and an inbox entry for each party concerned.
 */
export class ComplaintNotices {
  constructor(
    private readonly registry: RegistryService,
    private readonly publicUrl: string,
    private readonly now: () => Date,
    private readonly accessToken: (complaintId: string) => string,
  ) {}

  /** The consumer's private link: every mail to the consumer carries it, as the first one did. */
  trackLink = (row: Row) =>
    `${this.publicUrl}/complaints/track/${row.trackingNumber}?token=${this.accessToken(row.id)}`;
  caseLink = (row: Row) => `${this.publicUrl}/console/complaints/${row.id}`;

  /** Tells the parties what changed: mail and inbox, each in their language. */
  async announce(tx: Tx, before: Row, row: Row, event: ComplaintEvent, reason?: string): Promise<void> {
    const params = (link: string): NoticeParams => ({
      trackingNumber: row.trackingNumber,
      link,
      merchant: row.merchantName ?? undefined,
      due: row.dueAt?.toISOString().slice(0, 10),
      economy: row.routedEconomy,
      operator: row.routedOperator,
      outcome: row.outcome ?? undefined,
      reason,
      category: row.category,
    });
    const consumerLink = this.trackLink(row);
    const caseLink = `${this.publicUrl}/console/complaints/${row.id}`;
    const toConsumer = (kind: NoticeKind) => this.consumer(tx, row, kind, params(consumerLink));
    const toMerchant = (kind: NoticeKind) => this.merchant(tx, row, kind, params(caseLink));
    switch (row.state) {
      case 'merchant_notified':
        if (before.state === 'received') {
          await toConsumer('received');
          await toMerchant('merchant_new');
        }
        break;
      case 'awaiting_forwarding':
        await toConsumer('forwarding');
        await this.notify(
          tx,
          row.id,
          'mediators',
          'to_forward',
          renderBilingual('to_forward', params(caseLink)).text,
        );
        break;
      case 'mediation':
        if (before.state !== 'mediation') {
          await toConsumer('mediation');
          await toMerchant('mediation');
          await this.notify(
            tx,
            row.id,
            'mediators',
            'mediation',
            renderBilingual('mediation', params(caseLink)).text,
          );
        }
        break;
      case 'compliance_check':
        await toConsumer('compliance_check');
        await toMerchant('outcome');
        break;
      case 'closed':
        if (event.type !== 'unconfirmed_expired') {
          await toConsumer(before.state === 'compliance_check' ? 'closed' : 'outcome');
          await toMerchant('outcome');
        }
        break;
    }
  }

  async notify(tx: Tx, complaintId: string, recipient: string, kind: string, text: string): Promise<void> {
    await tx
      .insert(complaintNotifications)
      .values({ id: newId(), complaintId, recipient, kind, text, createdAt: this.now() });
  }

  async consumer(tx: Tx, row: Row, kind: NoticeKind, params: NoticeParams): Promise<void> {
    if (!row.consumer) return;
    const notice = renderNotice(kind, row.language, params);
    await this.notify(tx, row.id, 'consumer', kind, notice.text);
    await enqueueMail(tx, toMail(row.consumer.email, notice));
  }

  async merchant(tx: Tx, row: Row, kind: NoticeKind, params: NoticeParams): Promise<void> {
    if (!row.merchantPartyId || row.routing !== 'local') return;
    const notice = renderBilingual(kind, params);
    await this.notify(tx, row.id, `party:${row.merchantPartyId}`, kind, notice.text);
    const party = await this.registry.getParty(row.merchantPartyId, tx).catch(() => null);
    for (const contact of party?.contacts.filter((c) => c.type === 'email').slice(0, 3) ?? [])
      await enqueueNotice(tx, toMail(contact.value, notice));
  }
}
