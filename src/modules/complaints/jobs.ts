import type { Job, JobHandler } from '../../platform/jobs/index.ts';
import { COMPLAINT_JOBS, type ComplaintService } from './service.ts';
import type { ComplaintState } from './vocabulary.ts';

/** The complaints module's scheduled work: step deadlines and the end of the personal-data retention. */
export function complaintJobHandlers(service: ComplaintService): Record<string, JobHandler> {
  return {
    [COMPLAINT_JOBS.deadline]: (job: Job<{ complaintId: string; state: ComplaintState }>) =>
      service.enforceDeadline(job.payload.complaintId, job.payload.state),
    [COMPLAINT_JOBS.erasePersonalData]: async (job: Job<{ complaintId: string }>) => {
      await service.erasePersonalData(job.payload.complaintId, 'system:jobs', 'The retention period ended');
    },
  };
}
