import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationRecord, WebsiteVerifier } from '../src/modules/registry/ownership.ts';
import { startDnsServer } from './support/dns-server.ts';

describe('website ownership checks over the network', () => {
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  let http: Server;
  let httpPort: number;
  const token = 'tok-123';

  beforeAll(async () => {
    dns = await startDnsServer({
      a: {
        'dns-proof.example.vn': '127.0.0.1',
        'file-proof.example.vn': '127.0.0.1',
        'wrong-file.example.vn': '127.0.0.1',
        'private.example.vn': '127.0.0.1',
      },
      txt: { '_crosstrust.dns-proof.example.vn': ['v=spf1 -all', verificationRecord(token)] },
    });
    http = createServer((request, response) => {
      const host = request.headers.host?.split(':')[0];
      if (request.url === '/.well-known/crosstrust.txt' && host === 'file-proof.example.vn') {
        response.end(`# CrossTrust\n${verificationRecord(token)}\n`);
      } else if (request.url === '/.well-known/crosstrust.txt' && host === 'wrong-file.example.vn') {
        response.end(verificationRecord('someone-else'));
      } else {
        response.statusCode = 404;
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    httpPort = (http.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await dns.close();
    await new Promise((resolve) => http.close(resolve));
  });

  const verifier = (allowPrivate = true) =>
    new WebsiteVerifier({
      dnsServers: [dns.address],
      allowPrivate,
      httpPort,
      httpsPort: httpPort + 0,
      timeoutMs: 2_000,
    });

  it('verifies by a DNS TXT record at _crosstrust.<domain>', async () => {
    const result = await verifier().verify('dns-proof.example.vn', token);
    expect(result.verified).toBe(true);
    expect(result.method).toBe('dns');
  });

  it('verifies by the well-known file served by the site, asking the host by name', async () => {
    const result = await verifier().verify('file-proof.example.vn', token);
    expect(result.verified).toBe(true);
    expect(result.method).toBe('http');
    expect(result.checks[0]).toMatchObject({ method: 'dns', outcome: 'not_found' });
    // HTTPS to a plain-HTTP port fails; the HTTP attempt after it matches.
    expect(result.checks.map((c) => c.outcome)).toEqual(['not_found', 'error', 'matched']);
  });

  it('does not verify a file that carries another token', async () => {
    const result = await verifier().verify('wrong-file.example.vn', token);
    expect(result.verified).toBe(false);
    expect(result.checks.at(-1)).toMatchObject({ outcome: 'mismatch' });
  });

  it('refuses to fetch from a private address unless allowed', async () => {
    const result = await verifier(false).verify('private.example.vn', token);
    expect(result.verified).toBe(false);
    expect(result.checks.filter((c) => c.method !== 'dns').every((c) => c.outcome === 'refused')).toBe(true);
  });

  it('reports an unknown domain as not found rather than throwing', async () => {
    const result = await verifier().verify('nowhere.example.vn', token);
    expect(result.verified).toBe(false);
    expect(result.checks[0]!.outcome).toBe('not_found');
  });
});
