import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { bundledContextLoader } from '../src/standards/vc/contexts.ts';
import { createProof } from '../src/standards/vc/data-integrity.ts';
import { didKeyFromEd25519 } from '../src/standards/vc/did-key.ts';
import type { JsonObject } from '../src/standards/vc/types.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

const credential = (subject: JsonObject = { id: 'did:example:shop', name: 'A shop' }): JsonObject => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
  type: ['VerifiableCredential', 'ExampleShopCredential'],
  credentialSubject: subject,
});

describe('credentials over HTTP (VC-API)', () => {
  let node: TestNode;
  let other: TestNode;
  let headers: Record<string, string>;

  beforeAll(async () => {
    [node, other] = await Promise.all([startTestNode(), startTestNode()]);
    headers = await adminHeaders(node);
  });
  afterAll(async () => {
    await node?.stop();
    await other?.stop();
  });

  const issue = async (body: object) => {
    const response = await node.call('POST', '/credentials/issue', { headers, body });
    expect(response.status, response.text).toBe(201);
    return response.json.verifiableCredential as JsonObject;
  };
  const verify = (target: TestNode, verifiableCredential: unknown) =>
    target.call('POST', '/credentials/verify', { body: { verifiableCredential } });
  const failed = (json: { checks: Array<{ check: string; passed: boolean; code?: string }> }) =>
    json.checks.filter((c) => !c.passed);

  it('serves its did:web document with a Multikey assertion method', async () => {
    const { json: doc, headers: h } = await node.call('GET', '/.well-known/did.json');
    const port = new URL(node.url).port;
    expect(h.get('content-type')).toContain('application/did+json');
    expect(doc.id).toBe(`did:web:localhost%3A${port}`);
    expect(doc.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: doc.id });
    expect(doc.verificationMethod[0].publicKeyMultibase).toMatch(/^z6Mk/);
    expect(doc.assertionMethod).toEqual([doc.verificationMethod[0].id]);
  });

  it('issues Data Integrity (rdfc and jcs) and VC-JOSE credentials that verify with every check passed', async () => {
    for (const format of ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc-jwt']) {
      const vc = await issue({ credential: credential(), options: { format } });
      if (format === 'vc-jwt') expect(vc).toMatchObject({ type: 'EnvelopedVerifiableCredential' });
      else
        expect(vc.proof).toMatchObject({
          type: 'DataIntegrityProof',
          cryptosuite: format,
          proofPurpose: 'assertionMethod',
        });
      const result = await verify(node, vc);
      expect(result.status, `${format}: ${result.text}`).toBe(200);
      expect(result.json.verified).toBe(true);
      expect(failed(result.json)).toEqual([]);
      expect(result.json.checks.map((c: { check: string }) => c.check)).toEqual(
        expect.arrayContaining(['signature', 'status', 'issuer-trust', 'validity-period']),
      );
    }
  });

  it('fails a tampered credential on its signature and says so', async () => {
    const vc = await issue({ credential: credential() });
    const tampered = { ...vc, credentialSubject: { id: 'did:example:shop', name: 'Another shop' } };
    const result = await verify(node, tampered);
    expect(result.status).toBe(400);
    expect(result.json.code).toBe('VERIFICATION_FAILED');
    expect(failed(result.json).map((c: { check: string }) => c.check)).toContain('signature');
  });

  it('revokes, suspends and reinstates through the status list, with an audit trail', async () => {
    const vc = await issue({ credential: credential() });
    const issued = (await node.call('GET', '/api/v1/credentials?limit=1', { headers })).json.items[0];
    expect(issued.credentialId).toBe(vc.id);

    const suspend = await node.call('POST', `/api/v1/credentials/${issued.id}/status`, {
      headers,
      body: { action: 'suspend', reason: 'complaint under review' },
    });
    expect(suspend.json.status).toBe('suspended');
    let result = await verify(node, vc);
    expect(result.status).toBe(400);
    expect(failed(result.json)).toEqual([
      expect.objectContaining({ check: 'status', code: 'STATUS_SUSPENDED' }),
    ]);

    await node.call('POST', `/api/v1/credentials/${issued.id}/status`, {
      headers,
      body: { action: 'reinstate', reason: 'complaint resolved' },
    });
    expect((await verify(node, vc)).status).toBe(200);

    await node.call('POST', `/api/v1/credentials/${issued.id}/status`, {
      headers,
      body: { action: 'revoke', reason: 'site closed' },
    });
    result = await verify(node, vc);
    expect(failed(result.json)).toEqual([
      expect.objectContaining({ check: 'status', code: 'STATUS_REVOKED' }),
    ]);
    const again = await node.call('POST', `/api/v1/credentials/${issued.id}/status`, {
      headers,
      body: { action: 'reinstate', reason: 'oops' },
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('STATUS_TRANSITION_INVALID');

    const detail = await node.call('GET', `/api/v1/credentials/${issued.id}`, { headers });
    expect(
      detail.json.history.map((e: { subject: string; reason: string }) => [e.subject, e.reason]),
    ).toEqual([
      ['credentials.credential.issued', null],
      ['credentials.credential.suspended', 'complaint under review'],
      ['credentials.credential.reinstated', 'complaint resolved'],
      ['credentials.credential.revoked', 'site closed'],
    ]);
  });

  it('publishes status lists as signed credentials that verify themselves', async () => {
    const vc = await issue({ credential: credential() });
    const entry = (vc.credentialStatus as JsonObject[])[0]!;
    const list = await node.call('GET', new URL(String(entry.statusListCredential)).pathname);
    expect(list.status).toBe(200);
    expect(list.json.type).toContain('BitstringStatusListCredential');
    expect(list.json.credentialSubject.encodedList).toMatch(/^u?H4sI/);
    expect((await verify(node, list.json)).json.verified).toBe(true);
  });

  it('keeps credentials signed by a rotated key verifiable', async () => {
    const before = await issue({ credential: credential() });
    const rotated = await node.call('POST', '/api/v1/issuer/keys/rotate', {
      headers,
      body: { reason: 'yearly rotation' },
    });
    expect(rotated.status).toBe(201);
    const after = await issue({ credential: credential() });
    expect((after.proof as JsonObject).verificationMethod).toBe(rotated.json.verificationMethod);
    expect((before.proof as JsonObject).verificationMethod).not.toBe(rotated.json.verificationMethod);
    expect((await verify(node, before)).status).toBe(200);
    expect((await verify(node, after)).status).toBe(200);
  });

  it('issues a BusinessIdentityCredential for a registered party that passes its JSON Schema', async () => {
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Identity Test Co',
        homeEconomy: 'SG',
        identifiers: [
          { scheme: 'sg-uen', value: generateExample('sg-uen', 77) },
          { scheme: 'lei', value: generateExample('lei', 77) },
        ],
      },
    });
    const issued = await node.call('POST', '/api/v1/credentials/business-identity', {
      headers,
      body: { partyId: party.json.id },
    });
    expect(issued.status, issued.text).toBe(201);
    const vc = issued.json.verifiableCredential;
    expect(vc.type).toEqual(['VerifiableCredential', 'BusinessIdentityCredential']);
    expect(vc.credentialSubject).toMatchObject({
      ubin: party.json.ubin,
      legalName: 'Identity Test Co',
      homeEconomy: 'SG',
      lei: generateExample('lei', 77),
    });
    const result = await verify(node, vc);
    expect(result.status, result.text).toBe(200);
    expect(result.json.checks.find((c: { check: string }) => c.check === 'schema')).toMatchObject({
      passed: true,
    });
  });

  it('verifies another node’s credential over did:web only once that node is a trusted issuer', async () => {
    const vc = await issue({ credential: credential() });
    const untrusted = await verify(other, vc);
    expect(untrusted.status).toBe(400);
    expect(failed(untrusted.json)).toEqual([expect.objectContaining({ check: 'issuer-trust' })]);
    const otherAdmin = await adminHeaders(other);
    const issuer = (await node.call('GET', '/api/v1/issuer')).json.did;
    expect(
      (
        await other.call('POST', '/api/v1/trusted-issuers', {
          headers: otherAdmin,
          body: { did: issuer, name: 'Node A' },
        })
      ).status,
    ).toBe(201);
    const trusted = await verify(other, vc);
    expect(trusted.status, trusted.text).toBe(200);
  });

  it('rejects a self-issued did:key credential as untrusted, though its signature is fine', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const did = didKeyFromEd25519(new Uint8Array(raw));
    const secured = createProof(
      { ...credential(), issuer: did, validFrom: '2026-01-01T00:00:00Z' },
      {
        cryptosuite: 'eddsa-rdfc-2022',
        verificationMethod: `${did}#${did.slice(8)}`,
        proofPurpose: 'assertionMethod',
        created: '2026-01-01T00:00:00Z',
        privateKey,
        loader: bundledContextLoader,
      },
    );
    expect(secured.ok).toBe(true);
    const result = await verify(node, (secured as { ok: true; value: JsonObject }).value);
    expect(result.status).toBe(400);
    expect(result.json.checks.find((c: { check: string }) => c.check === 'signature').passed).toBe(true);
    expect(failed(result.json)).toEqual([expect.objectContaining({ check: 'issuer-trust' })]);
  });

  it('only lets issuing roles issue, and refuses to issue as someone else', async () => {
    expect(
      (await node.call('POST', '/credentials/issue', { body: { credential: credential() } })).status,
    ).toBe(401);
    const foreign = await node.call('POST', '/credentials/issue', {
      headers,
      body: { credential: { ...credential(), issuer: 'did:web:elsewhere.example' } },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.json.code).toBe('ISSUER_MISMATCH');
    const broken = await node.call('POST', '/credentials/issue', {
      headers,
      body: { credential: { type: ['VerifiableCredential'], credentialSubject: {} } },
    });
    expect(broken.status).toBe(422);
  });

  it('answers garbage with a failed verification, not a crash', async () => {
    for (const input of [
      'not a credential',
      'eyJhbGciOiJub25lIn0.eyJ9.',
      { '@context': 'x' },
      null,
      [1, 2, 3],
    ]) {
      const result = await verify(node, input);
      expect(result.status).toBe(400);
      expect(result.json.verified).toBe(false);
    }
    expect((await node.call('GET', '/healthz')).status).toBe(200);
  });

  it('verifies a holder’s presentation with its challenge and domain, and every credential in it', async () => {
    const vc = await issue({ credential: credential() });
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const holder = didKeyFromEd25519(
      new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)),
    );
    const presentation = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder,
      verifiableCredential: [vc],
    };
    const signed = createProof(presentation, {
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: `${holder}#${holder.slice(8)}`,
      proofPurpose: 'authentication',
      created: '2026-11-01T00:00:00Z',
      privateKey,
      loader: bundledContextLoader,
      challenge: 'nonce-123',
      domain: 'shop.example.vn',
    });
    expect(signed.ok).toBe(true);
    const vp = (signed as { ok: true; value: JsonObject }).value;
    const ok = await node.call('POST', '/presentations/verify', {
      body: { verifiablePresentation: vp, options: { challenge: 'nonce-123', domain: 'shop.example.vn' } },
    });
    expect(ok.status, ok.text).toBe(200);
    const replayed = await node.call('POST', '/presentations/verify', {
      body: {
        verifiablePresentation: vp,
        options: { challenge: 'another-nonce', domain: 'shop.example.vn' },
      },
    });
    expect(replayed.status).toBe(400);
    expect(replayed.json.verified).toBe(false);
  });
});
