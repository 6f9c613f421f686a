import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { complaints } from './schema.ts';

/** A merchant's public complaint record: counts and times only, never anything about a consumer. */
export interface MerchantComplaintStatistics {
  partyId: string;
  received: number;
  open: number;
  answered: number;
  /** Complaints whose answer was due by now (answered, or past the window): the base of an on-time share. */
  answerDue: number;
  answeredOnTime: number;
  resolved: number;
  unresolved: number;
  /** Median days from filing to closure over closed complaints; null before the first one closes. */
  medianDaysToClose: number | null;
  /** Mean consumer satisfaction (1–5) over rated complaints. */
  satisfaction: number | null;
  ratings: number;
}

/**
 * Counted over complaints the consumer confirmed and this node handles (unconfirmed and forwarded ones are
 * not the merchant's record here).
 */
export async function merchantStatistics(db: Db, partyId: string): Promise<MerchantComplaintStatistics> {
  const [row] = await db
    .select({
      received: sql<number>`count(*)::int`,
      open: sql<number>`count(*) filter (where ${complaints.state} not in ('closed', 'forwarded'))::int`,
      answered: sql<number>`count(${complaints.respondedAt})::int`,
      answerDue: sql<number>`count(*) filter (where ${complaints.respondedAt} is not null or ${complaints.respondedOnTime} = false)::int`,
      answeredOnTime: sql<number>`count(*) filter (where ${complaints.respondedOnTime})::int`,
      resolved: sql<number>`count(*) filter (where ${complaints.outcome} = 'settled')::int`,
      unresolved: sql<number>`count(*) filter (where ${complaints.outcome} in ('not_settled', 'unresolved'))::int`,
      median: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${complaints.closedAt} - ${complaints.createdAt}) / 86400) filter (where ${complaints.closedAt} is not null)`,
      satisfaction: sql<number | null>`avg(${complaints.satisfaction})::float8`,
      ratings: sql<number>`count(${complaints.satisfaction})::int`,
    })
    .from(complaints)
    .where(
      and(
        eq(complaints.merchantPartyId, partyId),
        eq(complaints.routing, 'local'),
        // Unconfirmed complaints never reached the merchant and are not its record.
        sql`${complaints.confirmedAt} is not null`,
      ),
    );
  const round = (n: number | null | undefined, places: number) =>
    n === null || n === undefined ? null : Math.round(Number(n) * 10 ** places) / 10 ** places;
  return {
    partyId,
    received: row?.received ?? 0,
    open: row?.open ?? 0,
    answered: row?.answered ?? 0,
    answerDue: row?.answerDue ?? 0,
    answeredOnTime: row?.answeredOnTime ?? 0,
    resolved: row?.resolved ?? 0,
    unresolved: row?.unresolved ?? 0,
    medianDaysToClose: round(row?.median, 1),
    satisfaction: round(row?.satisfaction, 2),
    ratings: row?.ratings ?? 0,
  };
}
