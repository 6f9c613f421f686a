import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/ids.ts';
import { complaintNotifications } from './schema.ts';

/** The in-app inbox of merchants (`party:<id>`) and mediators (`mediators`); the consumer's is the tracking page. */
export class ComplaintInbox {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(
    recipient: string,
  ): Promise<
    Array<{ id: string; complaintId: string; kind: string; text: string; read: boolean; createdAt: string }>
  > {
    const rows = await this.db
      .select()
      .from(complaintNotifications)
      .where(eq(complaintNotifications.recipient, recipient))
      .orderBy(desc(complaintNotifications.createdAt))
      .limit(200);
    return rows.map((r) => ({
      id: r.id,
      complaintId: r.complaintId,
      kind: r.kind,
      text: r.text,
      read: r.readAt !== null,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async markRead(recipient: string, ids: string[]): Promise<number> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return 0;
    const updated = await this.db
      .update(complaintNotifications)
      .set({ readAt: this.now() })
      .where(and(eq(complaintNotifications.recipient, recipient), inArray(complaintNotifications.id, valid)))
      .returning({ id: complaintNotifications.id });
    return updated.length;
  }
}
