import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ComplaintService } from '../../modules/complaints/service.ts';
import { COMPLAINT_STATES, type ComplaintState } from '../../modules/complaints/vocabulary.ts';
import { isUuid } from '../../platform/ids.ts';
import { withNode } from '../node.ts';
import { printJson, UsageError } from '../output.ts';

const dataDir = ['-d, --data-dir <dir>', 'PGlite data directory'] as const;
const staff = { role: 'staff' as const, actor: 'cli' };

export function registerComplaints(program: Command): void {
  const complaints = program
    .command('complaints')
    .description('cross-border consumer complaints (operator view)');

  complaints
    .command('list')
    .description('list complaints, newest activity first')
    .option('--state <state>', `one of ${COMPLAINT_STATES.join(', ')}`)
    .option('--foreign', 'only the queue of complaints to forward to other economies')
    .option('--json', 'print JSON')
    .option(...dataDir)
    .action(async (options: { state?: string; foreign?: boolean; json?: boolean; dataDir?: string }) => {
      if (options.state && !(COMPLAINT_STATES as readonly string[]).includes(options.state))
        throw new UsageError(`--state must be one of ${COMPLAINT_STATES.join(', ')}`);
      await withNode(options, async ({ services }) => {
        const items = await services.complaints.list({
          state: options.state as ComplaintState | undefined,
          routing: options.foreign ? 'foreign' : undefined,
        });
        if (options.json) return printJson(items);
        if (items.length === 0) process.stdout.write('no complaints\n');
        for (const c of items)
          process.stdout.write(
            `${c.trackingNumber}  ${c.status.padEnd(19)} ${(c.outcome ?? '').padEnd(12)} ${c.category.padEnd(20)} ${c.routedTo.economy}  ${c.merchant.name ?? c.website ?? ''}${c.flagged ? '  [flagged]' : ''}${c.dueAt ? `  due ${c.dueAt.slice(0, 10)}` : ''}\n`,
          );
      });
    });

  const find = (service: ComplaintService, key: string) =>
    isUuid(key) ? service.forParticipant(key, staff) : service.byTrackingNumber(key);

  complaints
    .command('show')
    .description('one complaint with its messages and timeline (by tracking number or id)')
    .argument('<tracking-number-or-id>')
    .option('--json', 'print JSON')
    .option(...dataDir)
    .action(async (key: string, options: { json?: boolean; dataDir?: string }) => {
      await withNode(options, async ({ services }) => {
        const view = await services.complaints.view(await find(services.complaints, key), staff);
        if (options.json) return printJson(view);
        const lines = [
          `${view.trackingNumber}  ${view.status}${view.outcome ? ` (${view.outcome})` : ''}${view.flagged ? ' [flagged]' : ''}`,
          `  merchant  ${view.merchant.name ?? '—'}${view.website ? `  ${view.website}` : ''}`,
          `  routed    ${view.routedTo.economy} → ${view.routedTo.operator} (${view.routedTo.routing})`,
          `  consumer  ${view.consumer ? `${view.consumer.name} <${view.consumer.email}>` : '(erased)'}`,
          `  category  ${view.category}, wants ${view.desiredOutcome}${view.amount ? `, ${view.amount} ${view.currency}` : ''}`,
          `  due       ${view.dueAt ?? '—'}`,
          '',
          ...view.timeline.map(
            (e) =>
              `  ${e.at.slice(0, 16).replace('T', ' ')}  ${e.event.padEnd(22)} ${e.by}${e.reason ? `  — ${e.reason}` : ''}`,
          ),
          '',
          ...view.messages.map((m) => `  [${m.authorRole}] ${m.body}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  complaints
    .command('export')
    .description('write complaints as JSON (personal data included: handle as the operator’s records)')
    .option('--state <state>', 'only this state')
    .option('-o, --out <file>', 'file to write (default: standard output)')
    .option(...dataDir)
    .action(async (options: { state?: string; out?: string; dataDir?: string }) => {
      if (options.state && !(COMPLAINT_STATES as readonly string[]).includes(options.state))
        throw new UsageError(`--state must be one of ${COMPLAINT_STATES.join(', ')}`);
      await withNode(options, async ({ services }) => {
        const list = await services.complaints.list({
          state: options.state as ComplaintState | undefined,
          limit: 500,
        });
        const out = [];
        for (const [i, c] of list.entries()) {
          out.push(
            await services.complaints.view(await services.complaints.forParticipant(c.id, staff), staff),
          );
          if (options.out) process.stderr.write(`\rexporting ${i + 1}/${list.length}`);
        }
        if (options.out) {
          writeFileSync(options.out, `${JSON.stringify(out, null, 2)}\n`, { mode: 0o600 });
          process.stderr.write(`\nwrote ${out.length} complaint(s) to ${options.out}\n`);
        } else printJson(out);
      });
    });
}
