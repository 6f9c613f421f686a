import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Local test websites for the trustmark checker: one plain-HTTP and one HTTPS server on loopback, each serving
 * several "sites" chosen by the Host header. The HTTPS certificate is self-signed, generated per run with openssl,
 * and names every site except `httponly.test` (so that one fails TLS). Point the checker at them with `ports`,
 * `lookup` (every *.test name → 127.0.0.1), `allowPrivate: true` and `ca: sites.ca`.
 */
export const NODE_URL = 'https://node.test';
export const SEAL_SCRIPT_URLS = [`${NODE_URL}/api/v1/trustmarks/seal.js`, `${NODE_URL}/seal.js`];

export const GOOD_SHOP = {
  domain: 'goodshop.test',
  legalNames: ['CÔNG TY TNHH THƯƠNG MẠI SAO VIỆT', 'SAO VIET TRADING COMPANY LIMITED'],
  identifiers: ['0101243150'],
};

export const TEST_DOMAINS = [
  'goodshop.test',
  'nopolicy.test',
  'copiedseal.test',
  'loop.test',
  'slow.test',
  'huge.test',
  'robots.test',
  'norobots.test',
  'kedai.test',
] as const;

/** Seconds the slow site waits before answering; the huge page's size. */
export const SLOW_DELAY_MS = 5_000;
export const HUGE_BYTES = 20 * 1024 * 1024;

const HSTS = 'max-age=31536000; includeSubDomains';

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<style>.x{color:red}</style><script>var tracking = "Không phải nội dung";</script></head><body>${body}</body></html>`;
}

function goodHome(domain: string): string {
  return layout(
    'Sao Việt – Đồ gia dụng chính hãng',
    `<header><a href="/">Trang chủ</a>
<nav>
  <a href="/lien-he">Liên hệ</a>
  <a href="/dieu-khoan">Điều khoản sử dụng</a>
  <a href="/chinh-sach-doi-tra">Chính sách đổi trả &amp; hoàn tiền</a>
  <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a>
  <a href="/khieu-nai">Giải quyết khiếu nại</a>
</nav></header>
<main>
  <h1>Nồi cơm điện</h1>
  <img src="/img/noi-com.jpg" alt="Nồi cơm điện 1,8 lít">
  <p class="price">Giá: 1.250.000 ₫</p>
</main>
<footer>
  <p>CÔNG TY TNHH THƯƠNG MẠI SAO VIỆT</p>
  <p>Mã số doanh nghiệp: 0101 243 150 do Sở KH&amp;ĐT Hà Nội cấp</p>
  <script src="${NODE_URL}/api/v1/trustmarks/seal.js?domain=${domain}" async></script>
</footer>`,
  );
}

const GOOD_PAGES: Record<string, string> = {
  '/lien-he': layout('Liên hệ', '<h1>Liên hệ</h1><p>Điện thoại: 024 3333 4444</p>'),
  '/dieu-khoan': layout('Điều khoản', '<h1>Điều khoản sử dụng</h1>'),
  '/chinh-sach-doi-tra': layout('Đổi trả', '<h1>Chính sách đổi trả</h1><p>Đổi trả trong 7 ngày.</p>'),
  '/chinh-sach-bao-mat': layout('Bảo mật', '<h1>Chính sách bảo mật thông tin</h1>'),
  '/khieu-nai': layout('Khiếu nại', '<h1>Giải quyết khiếu nại</h1>'),
};

const NO_POLICY_HOME = layout(
  'Cheap Deals',
  `<a href="/contact">Contact us</a>
<img src="http://cdn.nopolicy.test/banner.png" alt="banner">
<p>Best products, ask us for a quote.</p>
<footer>Cong ty TNHH Thuong mai Sao Viet</footer>`,
);

const COPIED_SEAL_HOME = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ร้านค้า</title></head><body>
<a href="/contact">ติดต่อเรา</a>
<a href="/terms">ข้อกำหนดและเงื่อนไข</a>
<a href="/returns">นโยบายการคืนสินค้า</a>
<a href="/privacy">นโยบายความเป็นส่วนตัว</a>
<a href="/complaints">ร้องเรียน</a>
<p>ราคา ฿1,290</p>
<img src="${NODE_URL}/api/v1/trustmarks/seal.png?domain=copiedseal.test" alt="CrossTrust trustmark">
</body></html>`;

const MALAY_HOME = `<!doctype html><html lang="ms"><head><meta charset="utf-8"><title>Kedai</title></head><body>
<a href="/hubungi-kami">Hubungi Kami</a> <a href="/terma">Terma &amp; Syarat</a>
<a href="/pemulangan">Dasar Pemulangan</a> <a href="/privasi">Dasar Privasi</a> <a href="/aduan">Aduan</a>
<p>Harga: RM 49.90</p><p>Kedai Maju Sdn. Bhd. (No. Pendaftaran 201901000005 (1312525-A))</p>
<script src="${NODE_URL}/seal.js" data-domain="kedai.test"></script></body></html>`;

function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

export interface TestSites {
  httpPort: number;
  httpsPort: number;
  /** The self-signed certificate to trust (pass as `ca`). */
  ca: string;
  lookup: (host: string) => Promise<{ address: string; family: number }>;
  /** User agents seen, by host, for assertions. */
  userAgents: Map<string, string[]>;
  close(): Promise<void>;
}

function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ct-sites-'));
  try {
    const san = TEST_DOMAINS.map((d) => `DNS:${d},DNS:www.${d}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=CrossTrust test sites',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startTestSites(): Promise<TestSites> {
  const { key, cert } = makeCertificate();
  const userAgents = new Map<string, string[]>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0]!;
    userAgents.set(host, [...(userAgents.get(host) ?? []), req.headers['user-agent'] ?? '']);
    switch (host) {
      case 'goodshop.test':
      case 'robots.test': {
        if (!secure) {
          res.writeHead(301, { location: `https://${host}${req.url ?? '/'}` });
          res.end();
          return;
        }
        if (path === '/robots.txt') {
          const robots =
            host === 'robots.test'
              ? 'User-agent: *\nDisallow: /chinh-sach-bao-mat\n\nUser-agent: OtherBot\nDisallow: /\n'
              : 'User-agent: *\nDisallow: /admin\n';
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(robots);
          return;
        }
        if (path === '/') return send(res, 200, goodHome(host), { 'strict-transport-security': HSTS });
        const page = GOOD_PAGES[path];
        if (page) return send(res, 200, page, { 'strict-transport-security': HSTS });
        return send(res, 404, layout('Không tìm thấy', '<h1>404</h1>'));
      }
      case 'httponly.test':
        // Not named in the certificate: HTTPS fails, plain HTTP answers.
        if (path === '/') return send(res, 200, goodHome(host));
        return send(res, GOOD_PAGES[path] ? 200 : 404, GOOD_PAGES[path] ?? 'not found');
      case 'nopolicy.test':
        if (path === '/') return send(res, 200, NO_POLICY_HOME);
        return send(res, 404, 'not found');
      case 'copiedseal.test': {
        if (path === '/') return send(res, 200, COPIED_SEAL_HOME, { 'strict-transport-security': HSTS });
        if (['/contact', '/terms', '/returns', '/privacy', '/complaints'].includes(path))
          return send(res, 200, `<!doctype html><title>${path}</title><h1>${path}</h1>`);
        return send(res, 404, 'not found');
      }
      case 'norobots.test':
        if (path === '/robots.txt') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('User-agent: *\nAllow: /\n\nUser-agent: CrossTrust-WebsiteCheck\nDisallow: /\n');
          return;
        }
        return send(res, 200, goodHome(host));
      case 'kedai.test':
        if (path === '/') return send(res, 200, MALAY_HOME, { 'strict-transport-security': HSTS });
        if (['/hubungi-kami', '/terma', '/pemulangan', '/privasi', '/aduan'].includes(path))
          return send(res, 200, `<!doctype html><title>${path}</title>`);
        return send(res, 404, 'not found');
      case 'loop.test': {
        const next = path === '/a' ? '/b' : '/a';
        res.writeHead(302, { location: next });
        res.end();
        return;
      }
      case 'slow.test': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send(res, 200, layout('Slow', '<p>finally</p>'));
        }, SLOW_DELAY_MS);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'huge.test': {
        if (path !== '/') return send(res, 404, 'not found');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunk = Buffer.from(`<p>${'Giá 10.000 ₫ '.repeat(4000)}</p>\n`);
        let sent = 0;
        let closed = false;
        res.on('close', () => {
          closed = true;
        });
        const pump = () => {
          while (!closed && sent < HUGE_BYTES) {
            const piece = chunk.subarray(0, Math.min(chunk.length, HUGE_BYTES - sent));
            sent += piece.length;
            if (!res.write(piece)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!closed) res.end();
        };
        pump();
        return;
      }
      default:
        return send(res, 404, 'no such site');
    }
  };

  const plain = http.createServer(handler(false));
  const secure = https.createServer({ key, cert }, handler(true));
  for (const server of [plain, secure]) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  await Promise.all(
    [plain, secure].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()))),
  );
  const lookup = async (host: string) => {
    if (host === 'localhost' || host.endsWith('.test')) return { address: '127.0.0.1', family: 4 };
    const error = new Error(`getaddrinfo ENOTFOUND ${host}`) as NodeJS.ErrnoException;
    error.code = 'ENOTFOUND';
    throw error;
  };
  return {
    httpPort: (plain.address() as AddressInfo).port,
    httpsPort: (secure.address() as AddressInfo).port,
    ca: cert,
    lookup,
    userAgents,
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await Promise.all(
        [plain, secure].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
