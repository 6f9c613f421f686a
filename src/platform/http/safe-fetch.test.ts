import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robotsAllows, safeFetch } from './safe-fetch.ts';

const UA = 'CrossTrust-WebsiteCheck/0.1 (+https://node.example)';

describe('robotsAllows', () => {
  const robots = [
    '# comment',
    'User-agent: *',
    'Disallow: /private',
    'Allow: /private/public',
    'Disallow: /*.pdf$',
    '',
    'User-agent: OtherBot',
    'Disallow: /',
    '',
    'User-agent: crosstrust-websitecheck',
    'User-agent: SomeoneElse',
    'Disallow: /no-crosstrust',
    'Allow: /no-crosstrust/yes',
  ].join('\n');

  it('uses the group naming our product token, case-insensitively, instead of *', () => {
    expect(robotsAllows(robots, UA, '/no-crosstrust/page')).toBe(false);
    expect(robotsAllows(robots, UA, '/no-crosstrust/yes/1')).toBe(true);
    // The * group does not apply when a specific group matches.
    expect(robotsAllows(robots, UA, '/private')).toBe(true);
    expect(robotsAllows(robots, 'OtherBot/2.0', '/anything')).toBe(false);
  });

  it('falls back to * and picks the longest match, Allow winning ties', () => {
    const ua = 'SomeBot/1.0';
    expect(robotsAllows(robots, ua, '/private/x')).toBe(false);
    expect(robotsAllows(robots, ua, '/private/public/x')).toBe(true);
    expect(robotsAllows(robots, ua, '/files/a.pdf')).toBe(false);
    expect(robotsAllows(robots, ua, '/files/a.pdf?x=1')).toBe(true);
    expect(robotsAllows(robots, ua, '/')).toBe(true);
    expect(robotsAllows('User-agent: *\nDisallow: /a\nAllow: /a\n', ua, '/a')).toBe(true);
  });

  it('treats empty Disallow, no groups and garbage as allow-all', () => {
    expect(robotsAllows('User-agent: *\nDisallow:\n', UA, '/x')).toBe(true);
    expect(robotsAllows('', UA, '/x')).toBe(true);
    expect(robotsAllows('<html>not robots</html>', UA, '/x')).toBe(true);
    expect(robotsAllows('User-agent: *\r\nDisallow: /\r\n', UA, '/x')).toBe(false);
  });

  it('compares percent-encoded and raw paths alike', () => {
    const r = 'User-agent: *\nDisallow: /chính-sách\n';
    expect(robotsAllows(r, UA, '/ch%C3%ADnh-s%C3%A1ch/bao-mat')).toBe(false);
  });
});

describe('safeFetch on loopback', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/ua') return res.end(req.headers['user-agent'] ?? '');
      if (req.url === '/host') return res.end(req.headers.host ?? '');
      if (req.url === '/hang') return; // never answers
      if (req.url === '/big') return res.end('x'.repeat(100_000));
      if (req.url === '/to-ua') {
        res.writeHead(302, { location: '/ua' });
        return res.end();
      }
      res.writeHead(404);
      res.end('nope');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const opts = () => ({
    userAgent: UA,
    allowPrivate: true,
    lookup: async () => ({ address: '127.0.0.1', family: 4 }),
    ports: { http: port },
  });

  it('sends the User-Agent and the Host header of the URL, on the mapped port', async () => {
    const ua = await safeFetch('http://shop.example/ua', opts());
    expect(ua).toMatchObject({ ok: true, status: 200, body: UA, truncated: false });
    const host = await safeFetch('http://shop.example/host', opts());
    expect(host).toMatchObject({ ok: true, body: 'shop.example' });
  });

  it('follows a relative redirect', async () => {
    const r = await safeFetch('http://shop.example/to-ua', opts());
    expect(r).toMatchObject({
      ok: true,
      finalUrl: 'http://shop.example/ua',
      redirects: ['http://shop.example/ua'],
    });
  });

  it('gives up at the overall deadline', async () => {
    const r = await safeFetch('http://shop.example/hang', { ...opts(), timeoutMs: 150 });
    expect(r).toMatchObject({ ok: false, code: 'FETCH_TIMEOUT' });
  });

  it('truncates at maxBytes', async () => {
    const r = await safeFetch('http://shop.example/big', { ...opts(), maxBytes: 1000 });
    expect(r).toMatchObject({ ok: true, bytes: 1000, truncated: true });
  });

  it('returns error values, never throws', async () => {
    expect(await safeFetch('not a url', opts())).toMatchObject({ ok: false, code: 'FETCH_BAD_URL' });
    expect(await safeFetch('ftp://shop.example/', opts())).toMatchObject({
      ok: false,
      code: 'FETCH_BAD_URL',
    });
    expect(await safeFetch(`http://127.0.0.1:${port}/ua`, { userAgent: UA })).toMatchObject({
      ok: false,
      code: 'FETCH_PRIVATE_ADDRESS',
    });
    expect(await safeFetch('http://[::1]/', { userAgent: UA })).toMatchObject({
      ok: false,
      code: 'FETCH_PRIVATE_ADDRESS',
    });
    expect(await safeFetch('http://169.254.169.254/latest/meta-data', { userAgent: UA })).toMatchObject({
      ok: false,
      code: 'FETCH_PRIVATE_ADDRESS',
    });
    const closed = await safeFetch('http://shop.example/', { ...opts(), ports: { http: 1 } });
    expect(closed).toMatchObject({ ok: false, code: 'FETCH_CONNECTION' });
    const failingDns = await safeFetch('http://shop.example/', {
      ...opts(),
      lookup: async () => {
        throw new Error('ENOTFOUND');
      },
    });
    expect(failingDns).toMatchObject({ ok: false, code: 'FETCH_DNS' });
  });
});
