export {
  type Job,
  type JobHandler,
  JobRunner,
  type JobRunnerOptions,
  listJobs,
  PermanentJobError,
  retryJob,
} from './runner.ts';
export { cancelJobs, cancelJobsWithPrefix, type NewJob, scheduleJob } from './schedule.ts';
export { JOB_STATES, type JobState, jobs } from './schema.ts';
