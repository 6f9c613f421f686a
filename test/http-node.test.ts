import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestNode, type TestNode } from './support/node.ts';

describe('node HTTP basics', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode();
  });
  afterAll(() => node?.stop());

  it('answers health and readiness', async () => {
    expect((await node.call('GET', '/healthz')).json).toEqual({ status: 'ok' });
    const ready = await node.call('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json.status).toBe('ready');
  });

  it('publishes an OpenAPI 3.1 document listing every API route', async () => {
    const { json: doc } = await node.call('GET', '/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(ops))
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const routes = node.app.apiRoutes.filter((r) => !r.hidden).map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) expect(documented, route).toContain(route);
  });

  it('serves a readable API documentation page', async () => {
    const docs = await node.call('GET', '/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('<html');
  });

  it('returns problem+json with a request id for unknown API routes', async () => {
    const response = await node.call('GET', '/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
    expect(response.json.requestId).toBe(response.headers.get('x-request-id'));
  });
});
