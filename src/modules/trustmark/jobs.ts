import type { Job, JobHandler } from '../../platform/jobs/index.ts';
import { TRUSTMARK_JOBS, type TrustmarkService } from './service.ts';

interface Payload {
  applicationId: string;
  purpose?: 'surveillance' | 'scheme_change';
  schemeVersion?: string;
}

/** The trustmark module's scheduled work, as handlers for the node's job runner. Each re-reads its state. */
export function trustmarkJobHandlers(trustmarks: TrustmarkService): Record<string, JobHandler> {
  return {
    [TRUSTMARK_JOBS.remediationDeadline]: (job: Job<Payload>) =>
      trustmarks.enforceRemediationDeadline(job.payload.applicationId),
    [TRUSTMARK_JOBS.renewalReminder]: (job: Job<Payload>) =>
      trustmarks.remindRenewal(job.payload.applicationId),
    [TRUSTMARK_JOBS.expiry]: (job: Job<Payload>) => trustmarks.expire(job.payload.applicationId),
    [TRUSTMARK_JOBS.recheck]: async (job: Job<Payload>) => {
      await trustmarks.recheck(
        job.payload.applicationId,
        job.payload.purpose ?? 'surveillance',
        job.payload.schemeVersion,
      );
    },
  };
}
