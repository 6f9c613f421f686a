import { Command, CommanderError } from 'commander';
import { registerAdmin } from './commands/admin.ts';
import { registerComplaints } from './commands/complaints.ts';
import { registerDb } from './commands/db.ts';
import { registerId } from './commands/id.ts';
import { registerJobs } from './commands/jobs.ts';
import { registerRegistry } from './commands/registry.ts';
import { registerServe } from './commands/serve.ts';
import { registerTrustmark } from './commands/trustmark.ts';
import { registerVc } from './commands/vc.ts';
import { registerWorker } from './commands/worker.ts';
import { EXIT, reportError } from './output.ts';

const program = new Command('crosstrust')
  .description('CrossTrust node: trust infrastructure for cross-border e-commerce')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerServe(program);
registerWorker(program);
registerDb(program);
registerAdmin(program);
registerId(program);
registerRegistry(program);
registerVc(program);
registerTrustmark(program);
registerJobs(program);
registerComplaints(program);

for (const command of program.commands) command.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successes; anything else commander rejects is a usage error.
    const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    process.exitCode = benign ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = reportError(error);
  }
}
