import type { Command } from 'commander';
import { JOB_STATES, type JobState, listJobs, retryJob } from '../../platform/jobs/index.ts';
import { withNode } from '../node.ts';
import { printJson, UsageError } from '../output.ts';

const dataDir = ['-d, --data-dir <dir>', 'PGlite data directory'] as const;

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs').description('scheduled work: deadlines, reminders, re-checks, mail');

  jobs
    .command('list')
    .description('list jobs (pending ones soonest first)')
    .option('--state <state>', `one of ${JOB_STATES.join(', ')}`)
    .option('--kind <kind>', 'e.g. trustmark.recheck, mail.send')
    .option('--json', 'print JSON')
    .option(...dataDir)
    .action(async (options: { state?: string; kind?: string; json?: boolean; dataDir?: string }) => {
      if (options.state && !(JOB_STATES as readonly string[]).includes(options.state))
        throw new UsageError(`--state must be one of ${JOB_STATES.join(', ')}`);
      await withNode(options, async ({ database }) => {
        const items = await listJobs(database.db, {
          state: options.state as JobState | undefined,
          kind: options.kind,
        });
        if (options.json) return printJson(items);
        if (items.length === 0) process.stdout.write('no jobs\n');
        for (const j of items)
          process.stdout.write(
            `${j.runAt.slice(0, 16).replace('T', ' ')}  ${j.state.padEnd(9)} ${j.kind.padEnd(30)} ${j.id}${j.lastError ? `  (${j.lastError.slice(0, 60)})` : ''}\n`,
          );
      });
    });

  jobs
    .command('run')
    .description('run every job that is due now, then exit (what a worker does continuously)')
    .option(...dataDir)
    .action(async (options: { dataDir?: string }) => {
      await withNode(options, async ({ jobs: runner }) => {
        let total = 0;
        for (;;) {
          const n = await runner.runDue();
          if (n === 0) break;
          total += n;
          process.stderr.write(`\rran ${total} job(s)…`);
        }
        process.stderr.write(total > 0 ? '\n' : '');
        process.stdout.write(`${total} job(s) run\n`);
      });
    });

  jobs
    .command('retry')
    .description('put a failed job back in the queue, due now')
    .argument('<id>')
    .option(...dataDir)
    .action(async (id: string, options: { dataDir?: string }) => {
      await withNode(options, async ({ database }) => {
        const job = await retryJob(database.db, id);
        process.stdout.write(`${job.kind} ${job.id} is pending again\n`);
      });
    });
}
