/**
 * Shared set-up for the browser tests: a real node (seeded demo registry, in-memory database) serving the built
 * web UI, and Debian's Chromium driven with playwright-core. Suites skip themselves when Chromium is missing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import { FIRST_ADMIN_EMAIL, type NodeOptions, type RunningNode, startNode } from '../../src/server/node.ts';
import { createTestDatabase } from '../support/db.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const TEST_TIMEOUT = 60_000;

const WEB_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** A `describe` for browser tests: skipped, with a warning, when Chromium is not installed. */
export function describeInBrowser(name: string, tests: () => void): void {
  if (!hasChromium)
    console.warn(`Browser tests “${name}” skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
  describe.skipIf(!hasChromium)(name, tests);
}

export interface BrowserSuite {
  /** The running node; set once the suite's `beforeAll` has run. */
  readonly node: RunningNode;
  /** Opens `path` on the node in a fresh browser context (own cookies and storage). */
  open(path: string): Promise<Page>;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that build the web UI if needed, start a seeded node and launch
 * Chromium; call it inside a `describe`. `config` overrides the node's configuration; `websiteCheckFetch` how
 * the automated website check fetches (e.g. a `lookup` that sends every host to loopback, so checks finish at once).
 */
export function useBrowserSuite(
  options: { config?: Partial<Config>; websiteCheckFetch?: NodeOptions['websiteCheckFetch'] } = {},
): BrowserSuite {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let node: RunningNode | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The node decides at start whether it serves the UI, so the build comes first.
    if (!existsSync(WEB_INDEX)) {
      const { build } = await import('vite');
      await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
    }
    database = await createTestDatabase();
    node = await startNode({
      config: loadConfig(
        {},
        { port: 0, host: '127.0.0.1', logLevel: 'warn', kek: randomBytes(32), ...options.config },
      ),
      database,
      seed: true,
      websiteCheckFetch: options.websiteCheckFetch,
      adminPassword: ADMIN_PASSWORD,
      announce: () => {},
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
    await database?.close();
  });

  return {
    get node() {
      if (!node) throw new Error('The node is not running yet (use it inside a test or a later beforeAll).');
      return node;
    },
    async open(path) {
      if (!browser || !node) throw new Error('The browser is not running yet.');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${node.url}${path}`);
      return page;
    },
  };
}

/** Fills in the sign-in form as the first administrator and submits it. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.getByLabel('E-mail').fill(FIRST_ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A full-page screenshot at /tmp/e2e-`name`.png; a failed screenshot never fails a test. */
export const screenshot = (page: Page, name: string): Promise<unknown> =>
  page.screenshot({ path: `/tmp/e2e-${name}.png`, fullPage: true }).catch(() => {});
