import type { EventBus } from '../../platform/bus/index.ts';
import { type Job, type JobHandler, scheduleJob } from '../../platform/jobs/index.ts';
import type { TrustmarkService } from './service.ts';

const REVIEW_JOB = 'trustmark.complaints-review';

interface ThresholdCrossed {
  partyId: string;
  unanswered: number;
  windowDays: number;
}

/**
 * Complaints feed trustmark surveillance: when the complaints module says a merchant left too many complaints
 * unanswered, every certificate of that merchant goes under review. The event is turned into a job in the
 * consumer's transaction (exactly once per event), and the job opens the reviews.
 */
export async function listenForComplaintThresholds(bus: EventBus): Promise<void> {
  await bus.subscribe({
    consumer: 'trustmark.complaint-reviews',
    subjects: ['complaints.merchant.threshold_crossed'],
    handler: async (event, tx) => {
      const payload = event.payload as ThresholdCrossed;
      await scheduleJob(tx, {
        kind: REVIEW_JOB,
        key: `trustmark:complaints-review:${payload.partyId}`,
        runAt: new Date(),
        payload: { ...payload, reason: event.reason },
      });
    },
  });
}

export function complaintReviewJobHandlers(trustmarks: TrustmarkService): Record<string, JobHandler> {
  return {
    [REVIEW_JOB]: async (job: Job<ThresholdCrossed & { reason: string | null }>) => {
      await trustmarks.openReviewsForParty(
        job.payload.partyId,
        job.payload.reason ??
          `${job.payload.unanswered} complaints unanswered in ${job.payload.windowDays} days`,
      );
    },
  };
}
