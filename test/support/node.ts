import { randomBytes } from 'node:crypto';
import type { WebsiteVerifier } from '../../src/modules/registry/ownership.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import { FIRST_ADMIN_EMAIL, type NodeOptions, type RunningNode, startNode } from '../../src/server/node.ts';
import { createTestDatabase } from './db.ts';

export const ADMIN_PASSWORD = 'correct horse battery staple';
export { FIRST_ADMIN_EMAIL };

export interface TestNode extends RunningNode {
  /** fetch against the node, with JSON helpers. */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; raw?: string | Buffer; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    headers: Headers;
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    json: any;
    text: string;
  }>;
  stop(): Promise<void>;
}

/** A node listening on a loopback port with a fresh database, as a client would meet it over real HTTP. */
export async function startTestNode(
  options: {
    seed?: boolean;
    config?: Partial<Config>;
    websiteVerifier?: WebsiteVerifier;
    websiteCheckFetch?: NodeOptions['websiteCheckFetch'];
    now?: () => Date;
    random?: () => number;
  } = {},
): Promise<TestNode> {
  const database = await createTestDatabase();
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      logLevel: process.env.TEST_LOG ?? 'silent',
      kek: randomBytes(32),
      fetchAllowPrivate: true,
      ...options.config,
    },
  );
  const node = await startNode({
    config,
    database,
    seed: options.seed ?? false,
    websiteVerifier: options.websiteVerifier,
    websiteCheckFetch: options.websiteCheckFetch,
    now: options.now,
    random: options.random,
    adminPassword: ADMIN_PASSWORD,
    announce: () => {},
  });
  return {
    ...node,
    async call(method, path, { body, raw, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      } else if (raw !== undefined) init.body = typeof raw === 'string' ? raw : new Uint8Array(raw);
      const response = await fetch(`${node.url}${path}`, init);
      const text = await response.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, json, text };
    },
    async stop() {
      await node.close();
      await database.close();
    },
  };
}

/** Signs in as the first admin and returns headers that carry the session and the CSRF token. */
export async function adminHeaders(node: TestNode): Promise<Record<string, string>> {
  const response = await fetch(`${node.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: FIRST_ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, 'x-csrf-token': csrfToken };
}
