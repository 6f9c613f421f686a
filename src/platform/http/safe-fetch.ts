import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { isPrivateAddress } from './outbound.ts';

/**
 * One outbound GET with the defences a crawler of other people's websites needs: the host is resolved once and
 * the connection pinned to that address (no DNS rebinding between check and use), private/loopback/link-local
 * targets refused unless allowed, redirects followed by hand with every hop re-checked, an overall deadline, a
 * byte cap (reading stops, the body is marked truncated) and TLS verification always on. Never throws.
 */
export type SafeFetchErrorCode =
  | 'FETCH_PRIVATE_ADDRESS'
  | 'FETCH_DNS'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_TLS'
  | 'FETCH_CONNECTION'
  | 'FETCH_BAD_URL';

export interface SafeFetchOptions {
  allowPrivate?: boolean;
  /** Overall deadline for DNS, connection, redirects and body together. Default 10 s. */
  timeoutMs?: number;
  /** Body bytes kept; reading stops there and `truncated` is set. Default 2 MiB. */
  maxBytes?: number;
  /** Redirects followed before FETCH_TOO_MANY_REDIRECTS. Default 5. */
  maxRedirects?: number;
  userAgent: string;
  /** Resolves a host name; defaults to the system resolver. Tests map their domains to loopback here. */
  lookup?: (host: string) => Promise<{ address: string; family: number }>;
  /** Replaces the default ports 80/443 (tests point them at local servers). Explicit URL ports are kept. */
  ports?: { http?: number; https?: number };
  /** Trust anchors in PEM that replace Node's default roots (tests pass their own self-signed certificate). */
  ca?: string | string[];
}

export interface TlsInfo {
  authorized: boolean;
  error?: string;
}

export interface SafeResponse {
  ok: true;
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  bytes: number;
  truncated: boolean;
  tls?: TlsInfo;
  redirects: string[];
}

export interface SafeFetchError {
  ok: false;
  code: SafeFetchErrorCode;
  message: string;
  url: string;
  finalUrl: string;
  tls?: TlsInfo;
  redirects: string[];
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface HopResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
  tls?: TlsInfo;
}

type HopError = { code: SafeFetchErrorCode; message: string; tls?: TlsInfo };

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function isTlsError(error: NodeJS.ErrnoException): boolean {
  const code = error.code ?? '';
  return (
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_|HOSTNAME|ALTNAME/i.test(code) || /certificate/i.test(error.message)
  );
}

async function resolve(
  host: string,
  lookup: SafeFetchOptions['lookup'],
): Promise<{ address: string; family: number } | HopError> {
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  const family = isIP(literal);
  if (family) return { address: literal, family };
  try {
    const found = lookup ? await lookup(literal) : await dns.lookup(literal);
    return { address: found.address, family: found.family };
  } catch (error) {
    return { code: 'FETCH_DNS', message: `cannot resolve ${literal}: ${(error as Error).message}` };
  }
}

function oneHop(
  url: URL,
  address: string,
  family: number,
  options: SafeFetchOptions,
  maxBytes: number,
  remainingMs: number,
): Promise<HopResult | HopError> {
  return new Promise((settle) => {
    const secure = url.protocol === 'https:';
    const client = secure ? https : http;
    const port = url.port
      ? Number(url.port)
      : secure
        ? (options.ports?.https ?? 443)
        : (options.ports?.http ?? 80);
    const pinned: LookupFunction = (_host, lookupOptions, callback) => {
      if (lookupOptions.all)
        (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
          { address, family },
        ]);
      else callback(null, address, family);
    };
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    let finished = false;
    let tls: TlsInfo | undefined;
    const finish = (value: HopResult | HopError) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      settle(value);
    };
    const request = client.request({
      method: 'GET',
      hostname,
      port,
      path: `${url.pathname}${url.search}`,
      lookup: pinned,
      headers: {
        host: url.host,
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'identity',
        connection: 'close',
      },
      agent: false,
      ...(secure
        ? {
            rejectUnauthorized: true,
            servername: isIP(hostname) ? undefined : hostname,
            ...(options.ca ? { ca: options.ca } : {}),
          }
        : {}),
    });
    const timer = setTimeout(() => {
      finish({ code: 'FETCH_TIMEOUT', message: `no complete answer from ${url.host} in time`, tls });
      request.destroy();
    }, remainingMs);
    request.on('socket', (socket) => {
      if (!secure) return;
      socket.once('secureConnect', () => {
        const s = socket as TLSSocket;
        tls = s.authorized
          ? { authorized: true }
          : { authorized: false, error: String(s.authorizationError ?? 'unauthorized') };
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (secure && isTlsError(error)) {
        const detail = error.code ?? error.message;
        finish({
          code: 'FETCH_TLS',
          message: `TLS failure for ${url.host}: ${detail}`,
          tls: { authorized: false, error: detail },
        });
        return;
      }
      finish({
        code: 'FETCH_CONNECTION',
        message: `connection to ${url.host} failed: ${error.message}`,
        tls,
      });
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const headers = flattenHeaders(response.headers);
      const status = response.statusCode ?? 0;
      const done = () =>
        finish({ status, headers, body: Buffer.concat(chunks, Math.min(size, maxBytes)), truncated, tls });
      if (REDIRECT_STATUSES.has(status) && headers.location) {
        // The body of a redirect is of no interest; do not wait for it.
        done();
        response.destroy();
        return;
      }
      response.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = maxBytes - size;
        if (chunk.length >= room) {
          chunks.push(chunk.subarray(0, room));
          size += room;
          truncated = chunk.length > room;
          if (truncated) {
            done();
            response.destroy();
            request.destroy();
          }
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      response.on('end', done);
      response.on('error', (error) => {
        if (!truncated)
          finish({ code: 'FETCH_CONNECTION', message: `reading ${url.host} failed: ${error.message}`, tls });
      });
      response.on('close', () => {
        if (!finished && response.complete) done();
        else if (!finished)
          finish({ code: 'FETCH_CONNECTION', message: `${url.host} closed the connection early`, tls });
      });
    });
    request.end();
  });
}

export async function safeFetch(
  url: string,
  options: SafeFetchOptions,
): Promise<SafeResponse | SafeFetchError> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = Date.now() + timeoutMs;
  const redirects: string[] = [];
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, code: 'FETCH_BAD_URL', message: `not a URL: ${url}`, url, finalUrl: url, redirects };
  }
  const fail = (error: HopError): SafeFetchError => ({
    ok: false,
    code: error.code,
    message: error.message,
    url,
    finalUrl: current.href,
    ...(error.tls ? { tls: error.tls } : {}),
    redirects,
  });
  for (;;) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      return fail({ code: 'FETCH_BAD_URL', message: `scheme ${current.protocol} is not fetched` });
    const remaining = deadline - Date.now();
    if (remaining <= 0) return fail({ code: 'FETCH_TIMEOUT', message: `timed out after ${timeoutMs} ms` });
    const resolved = await Promise.race([
      resolve(current.hostname, options.lookup),
      new Promise<HopError>((r) =>
        setTimeout(
          () => r({ code: 'FETCH_TIMEOUT', message: `DNS for ${current.hostname} timed out` }),
          remaining,
        ).unref(),
      ),
    ]);
    if ('code' in resolved) return fail(resolved);
    if (!options.allowPrivate && isPrivateAddress(resolved.address))
      return fail({
        code: 'FETCH_PRIVATE_ADDRESS',
        message: `${current.hostname} resolves to ${resolved.address}, a private or local address`,
      });
    const hop = await oneHop(
      current,
      resolved.address,
      resolved.family,
      options,
      maxBytes,
      Math.max(1, deadline - Date.now()),
    );
    if ('code' in hop) return fail(hop);
    const location = hop.headers.location;
    if (REDIRECT_STATUSES.has(hop.status) && location) {
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return fail({ code: 'FETCH_CONNECTION', message: `bad redirect target ${location.slice(0, 100)}` });
      }
      if (redirects.length >= maxRedirects)
        return fail({
          code: 'FETCH_TOO_MANY_REDIRECTS',
          message: `more than ${maxRedirects} redirects (last to ${next.href.slice(0, 200)})`,
        });
      redirects.push(next.href);
      current = next;
      continue;
    }
    return {
      ok: true,
      url,
      finalUrl: current.href,
      status: hop.status,
      headers: hop.headers,
      body: hop.body.toString('utf8'),
      bytes: hop.body.length,
      truncated: hop.truncated,
      ...(hop.tls ? { tls: hop.tls } : {}),
      redirects,
    };
  }
}

interface RobotsGroup {
  agents: string[];
  rules: Array<{ allow: boolean; pattern: string }>;
}

function parseRobots(text: string): RobotsGroup[] {
  const groups: RobotsGroup[] = [];
  let group: RobotsGroup | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!group || !lastWasAgent) {
        group = { agents: [], rules: [] };
        groups.push(group);
      }
      group.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if (key === 'allow' || key === 'disallow') {
      lastWasAgent = false;
      if (!group || value === '') continue;
      group.rules.push({ allow: key === 'allow', pattern: value });
    } else {
      lastWasAgent = false;
    }
  }
  return groups;
}

/** Length of the match of a robots pattern (`*` wildcard, `$` end anchor) at the start of path, or -1. */
function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${source}${anchored ? '$' : ''}`);
  return regex.test(path) ? pattern.length : -1;
}

function normalisePath(path: string): string {
  // Compare percent-encodings case-insensitively and decoded unreserved characters alike.
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}

/**
 * RFC 9309: the group(s) whose user-agent matches our product token (else `*`) apply; the longest matching rule
 * wins and Allow wins a tie. No matching rule, or no applicable group, means allowed.
 */
export function robotsAllows(robotsTxt: string, userAgent: string, path: string): boolean {
  const token = (userAgent.split('/')[0] ?? userAgent).trim().toLowerCase();
  const groups = parseRobots(robotsTxt);
  let applicable = groups.filter((g) => g.agents.some((a) => a !== '*' && a !== '' && token === a));
  if (applicable.length === 0) applicable = groups.filter((g) => g.agents.includes('*'));
  const target = normalisePath(path || '/');
  let best = -1;
  let allowed = true;
  for (const group of applicable) {
    for (const rule of group.rules) {
      const length = matchLength(normalisePath(rule.pattern), target);
      if (length < 0) continue;
      if (length > best || (length === best && rule.allow)) {
        best = length;
        allowed = rule.allow;
      }
    }
  }
  return allowed;
}
