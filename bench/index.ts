/**
 * `npm run bench`: prints figures for each capability with a target in its issue. Ratios to a baseline measured
 * in the same run are what to compare across runs; this machine is shared and noisy.
 */
import { benchRegistryLookup, benchVerifyEndpoint } from './http.ts';
import { benchIdentifiers } from './identifiers.ts';
import { benchRdfc } from './rdfc.ts';
import { benchTrustmarkChecker } from './trustmark-checker.ts';
import { benchVc } from './vc.ts';

const only = process.argv[2];
const line = (s: string) => process.stdout.write(`${s}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');

if (!only || only === 'identifiers') {
  line('## Identifier validation (validations/s, one core)');
  for (const r of await benchIdentifiers())
    line(`${r.name.replace('identifiers:', '').padEnd(10)} ${fmt(r.opsPerSec).padStart(12)}`);
  line('');
}

if (!only || only === 'registry') {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  line(`## Registry lookup by domain over HTTP on loopback (autocannon, 16 connections, ${seconds} s)`);
  const { figures, database } = await benchRegistryLookup(seconds);
  for (const f of figures) {
    line(
      `${f.name.padEnd(40)} ${fmt(f.requestsPerSec).padStart(8)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`,
    );
  }
  const [bare, lookup, seal, uncached] = figures;
  const ratio = lookup!.requestsPerSec / bare!.requestsPerSec;
  line(`database: ${database}`);
  line(
    `throughput ratio lookup/bare: ${ratio.toFixed(2)} (target ≥ 0.30) ${ratio >= 0.3 ? 'MET' : 'NOT MET'}`,
  );
  line(`lookup p99: ${lookup!.p99Ms} ms (target < 20 ms) ${lookup!.p99Ms < 20 ? 'MET' : 'NOT MET'}`);
  line(
    `seal status: ratio ${(seal!.requestsPerSec / bare!.requestsPerSec).toFixed(2)} (target ≥ 0.50) ${seal!.requestsPerSec / bare!.requestsPerSec >= 0.5 ? 'MET' : 'NOT MET'}, p99 ${seal!.p99Ms} ms (target < 10 ms) ${seal!.p99Ms < 10 ? 'MET' : 'NOT MET'}`,
  );
  line(
    `cache off: ratio ${(uncached!.requestsPerSec / bare!.requestsPerSec).toFixed(2)}, p99 ${uncached!.p99Ms} ms`,
  );
}

if (!only || only === 'vc') {
  line('');
  line('## Verifiable credentials (verifications/s, one core, warm caches)');
  const figures = await benchVc();
  for (const f of figures) line(`${f.name.padEnd(44)} ${fmt(f.opsPerSec).padStart(10)}`);
  const baseline = figures.find((f) => f.name.includes('baseline'));
  if (baseline) {
    for (const f of figures.filter((x) => x !== baseline)) {
      line(`  ratio ${f.name} / bare Ed25519 verify: ${(f.opsPerSec / baseline.opsPerSec).toFixed(2)}`);
    }
    line('  targets: VC-JOSE ≥ 0.80, eddsa-rdfc-2022 ≥ 0.20');
  }
  line('');
  line('## RDF Dataset Canonicalization (canonicalisations/s, ours vs jsonld.js)');
  for (const f of await benchRdfc()) line(`${f.name.padEnd(44)} ${fmt(f.opsPerSec).padStart(10)}`);
  line('');
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  line(`## POST /credentials/verify on loopback (autocannon, 8 connections, ${seconds} s, PGlite)`);
  for (const f of await benchVerifyEndpoint(seconds)) {
    line(
      `${f.name.padEnd(44)} ${fmt(f.requestsPerSec).padStart(8)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`,
    );
  }
}

if (!only || only === 'trustmark') {
  line('');
  line('## Trustmark automated website check (local test shop over HTTPS on loopback)');
  const { secondsPerSite, sites } = await benchTrustmarkChecker();
  line(`seconds per site: ${secondsPerSite.toFixed(3)} (${sites} sites checked)`);
}
