import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI always runs on its own embedded database here, even when the suite runs against a PostgreSQL server.
const env = { ...process.env, DATABASE_URL: '', NATS_URL: '', CROSSTRUST_LOG_LEVEL: 'warn' };
const dataDir = mkdtempSync(join(tmpdir(), 'crosstrust-cli-'));

function run(
  args: string[],
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/crosstrust.js', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crosstrust id validate', () => {
  it('prints one JSON object and exits 0 for a valid identifier', async () => {
    const result = await run(['id', 'validate', 'lei', '5493001kjtiigc8y1r12', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      scheme: 'lei',
      valid: true,
      normalized: '5493001KJTIIGC8Y1R12',
      checkDigit: 'verified',
    });
  });

  it('exits 1 for an invalid identifier and names the reason', async () => {
    const result = await run(['id', 'validate', 'sg-uen', '197401143D', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0].code).toBe('UEN_CHECK_LETTER');
  });

  it('exits 2 for usage errors: unknown scheme, missing argument', async () => {
    expect((await run(['id', 'validate', 'no-such-scheme', '1'])).code).toBe(2);
    expect((await run(['id', 'validate', 'lei'])).code).toBe(2);
  });

  it('lists the schemes in --help', async () => {
    const result = await run(['id', 'validate', '--help']);
    expect(result.code).toBe(0);
    for (const scheme of [
      'lei',
      'iban',
      'bic',
      'gtin',
      'gln',
      'ubin',
      'vn-mst',
      'sg-uen',
      'my-ssm',
      'th-tin',
      'id-nib',
      'id-npwp',
      'ph-tin',
    ]) {
      expect(result.stdout).toContain(scheme);
    }
  });
});

// Each command is a process that opens the embedded database: slow on a loaded machine, so generous timeouts.
describe('crosstrust on a data directory', { timeout: 120_000 }, () => {
  it('seeds with progress, searches, and registers from JSON with all-or-nothing validation', async () => {
    const seeded = await run(['seed', '--data-dir', dataDir]);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('Seeded 30 demo parties');
    expect(seeded.stderr).toContain('seeding');

    const search = await run(['registry', 'search', 'sai gon xanh', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(search.stdout).items[0].name).toBe('Công ty TNHH Thời trang Sài Gòn Xanh');

    const bad = join(dataDir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        kind: 'merchant',
        name: 'Bad',
        homeEconomy: 'TH',
        identifiers: [{ scheme: 'th-tin', value: '0105536000316' }],
      }),
    );
    const rejected = await run(['registry', 'add', bad, '--data-dir', dataDir]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('THTIN_CHECKSUM');
    expect(rejected.stderr).toContain('identifiers[0].value');

    const lookup = await run([
      'registry',
      'lookup',
      '--domain',
      'https://www.saigonxanh.vn/',
      '--data-dir',
      dataDir,
    ]);
    expect(lookup.code).toBe(0);
    expect(lookup.stdout).toContain('urn:ubin:vn:mst:');
  });

  it('apikey create prints the key and nothing else', async () => {
    const result = await run(['apikey', 'create', '--role', 'analyst', '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ct_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}\n$/);
    expect((await run(['apikey', 'create', '--role', 'emperor', '--data-dir', dataDir])).code).toBe(1);
  });

  it('admin create --party opens a merchant account for a business found by its UBIN', async () => {
    const lookup = await run([
      'registry',
      'lookup',
      '--domain',
      'saigonxanh.vn',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    const party = JSON.parse(lookup.stdout);
    const created = await run([
      'admin',
      'create',
      '--email',
      'owner@saigonxanh.vn',
      '--name',
      'Chủ cửa hàng',
      '--party',
      ` ${party.ubin.toUpperCase()} `,
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(created.code, created.stderr).toBe(0);
    const account = JSON.parse(created.stdout);
    expect(account.user).toMatchObject({ roles: ['merchant'], partyId: party.id, mustChangePassword: true });
    expect(account.oneTimePassword).toMatch(/.{12,}/);
    const unknown = await run([
      'admin',
      'create',
      '--email',
      'x@example.com',
      '--party',
      '0190f1a2-0000-7000-8000-000000000000',
      '--data-dir',
      dataDir,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('NOT_FOUND');
  });

  it('trustmark, jobs and complaints commands go through the node’s services and exit 1 on a bad scheme', async () => {
    const schemes = await run(['trustmark', 'schemes', '--data-dir', dataDir]);
    expect(schemes.code).toBe(0);
    expect(schemes.stdout).toMatch(/^vn-safeweb@1\.0 +36 criteria/m);
    const file = join(dataDir, 'scheme.json');
    writeFileSync(file, JSON.stringify({ id: 'my-scheme', version: '1' }));
    const bad = await run(['trustmark', 'publish-scheme', file, '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SCHEME_VERSION_INVALID');
    expect(bad.stdout).toBe('');
    // The one job waiting is the invitation mail queued by `admin create --party` above.
    const jobs = await run(['jobs', 'run', '--data-dir', dataDir]);
    expect([jobs.code, jobs.stdout]).toEqual([0, '1 job(s) run\n']);
    expect((await run(['jobs', 'run', '--data-dir', dataDir])).stdout).toBe('0 job(s) run\n');
    expect((await run(['jobs', 'list', '--state', 'later', '--data-dir', dataDir])).code).toBe(2);
    const missing = await run(['complaints', 'show', 'CT-2612-AAAAAAAA', '--data-dir', dataDir]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('NOT_FOUND')]);
  });

  it('serve listens on the given port, prints its URL and answers /healthz', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child: ChildProcess = spawn(
      process.execPath,
      ['bin/crosstrust.js', 'serve', '--port', String(port), '--data-dir', dataDir, '--no-seed'],
      { env },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(url).toBe(`http://127.0.0.1:${port}`);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
