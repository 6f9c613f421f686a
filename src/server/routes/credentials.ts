import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CREDENTIAL_FORMATS } from '../../modules/credentials/index.ts';
import { CREDENTIAL_SCHEMAS, CROSSTRUST_CONTEXT } from '../../modules/credentials/vocabulary.ts';
import type { JsonObject } from '../../standards/vc/types.ts';
import { actor } from '../access.ts';
import type { AppContext } from '../context.ts';
import { problemType } from '../problem.ts';
import { EventSchema, IdParam, problemResponses } from '../schemas.ts';

const JsonObjectSchema = z.record(z.string(), z.unknown());

const CheckSchema = z.object({
  check: z.string(),
  passed: z.boolean(),
  code: z.string().optional(),
  message: z.string(),
});

const VerificationSchema = z
  .object({
    verified: z.boolean(),
    format: z.string(),
    issuer: z.string().optional(),
    credential: JsonObjectSchema.optional(),
    checks: z.array(CheckSchema),
    warnings: z.array(z.string()),
    errors: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({
    id: 'VerificationResult',
    description: 'Every check the verifier ran, each passed or failed with its reason',
  });

const IssuedSchema = z
  .object({
    id: z.string(),
    credentialId: z.string(),
    type: z.string(),
    format: z.enum(CREDENTIAL_FORMATS),
    subjectId: z.string().nullable(),
    partyId: z.string().nullable(),
    status: z.enum(['active', 'suspended', 'revoked']),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    issuedBy: z.string(),
    issuedAt: z.string(),
    verifiableCredential: z.unknown(),
  })
  .meta({ id: 'IssuedCredential' });

interface ReportLike {
  verified: boolean;
  format: string;
  issuer?: string;
  credential?: JsonObject;
  checks: Array<{ check: string; passed: boolean; code?: string; message: string }>;
}

const asVcApi = (report: ReportLike) => ({
  verified: report.verified,
  format: report.format,
  ...(report.issuer ? { issuer: report.issuer } : {}),
  ...(report.credential ? { credential: report.credential } : {}),
  checks: report.checks,
  warnings: [] as string[],
  errors: report.checks
    .filter((c) => !c.passed)
    .map((c) => ({ code: c.code ?? 'CHECK_FAILED', message: c.message })),
});

/** A failed verification is a problem (RFC 9457) that also carries the whole checklist. */
const FailedVerificationSchema = VerificationSchema.extend({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
});

/** VC-API answers: 200 with the checklist when verified, 400 problem+json with the checklist when not. */
function answerVerification(reply: FastifyReply, report: ReportLike) {
  const result = asVcApi(report);
  if (result.verified) return reply.send(result);
  return reply
    .status(400)
    .type('application/problem+json')
    .send({
      type: problemType('VERIFICATION_FAILED'),
      title: 'Bad request',
      status: 400,
      detail: result.errors.map((e) => e.message).join('; '),
      code: 'VERIFICATION_FAILED',
      ...result,
    });
}

/**
 * W3C VC-API endpoints (issue, verify, status lists) at the paths the W3C test suites expect, the node's DID
 * document, its JSON-LD context and schemas, and the console API for issued credentials and trusted issuers.
 */
export const credentialRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { credentials } = ctx;
    const tags = ['credentials'];

    app.get(
      '/.well-known/did.json',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'The node’s DID document (did:web): every key it signs or signed with' },
      },
      async (_request, reply) =>
        reply.type('application/did+json').send(await credentials.keys.didDocument()),
    );

    app.get(
      '/contexts/crosstrust/v1',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The JSON-LD context of CrossTrust credentials (also bundled in every verifier)',
        },
      },
      async (_request, reply) =>
        reply
          .type('application/ld+json')
          .header('cache-control', 'public, max-age=86400')
          .send(CROSSTRUST_CONTEXT),
    );

    for (const definition of Object.values(CREDENTIAL_SCHEMAS)) {
      app.get(
        definition.path,
        { config: { access: 'public' }, schema: { tags, summary: `JSON Schema of ${definition.type}` } },
        async (_request, reply) =>
          reply
            .type('application/schema+json')
            .header('cache-control', 'public, max-age=86400')
            .send(definition.schema),
      );
    }

    app.post(
      '/credentials/issue',
      {
        config: { access: ['admin', 'assessor'] },
        schema: {
          tags,
          summary:
            'VC-API: issue a credential (the node fills issuer, id, validFrom and status entries, then signs)',
          body: z
            .object({
              credential: JsonObjectSchema,
              options: z
                .object({
                  format: z
                    .enum(CREDENTIAL_FORMATS)
                    .optional()
                    .describe('eddsa-rdfc-2022 (default), eddsa-jcs-2022, or vc-jwt (enveloped)'),
                  credentialStatus: z
                    .boolean()
                    .optional()
                    .describe('add revocation and suspension entries (default true)'),
                })
                .strict()
                .optional(),
            })
            .strict(),
          response: { 201: z.object({ verifiableCredential: z.unknown() }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const issued = await credentials.service.issue(
          request.body.credential as JsonObject,
          { format: request.body.options?.format, withStatus: request.body.options?.credentialStatus },
          actor(request),
        );
        return reply.status(201).send({ verifiableCredential: issued.verifiableCredential });
      },
    );

    app.post(
      '/credentials/verify',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'VC-API: verify a credential (Data Integrity, VC-JOSE or enveloped); 200 verified, 400 not, with every check',
          body: z
            .object({ verifiableCredential: z.unknown(), options: JsonObjectSchema.optional() })
            .strict(),
          response: {
            200: VerificationSchema,
            400: FailedVerificationSchema,
          },
        },
      },
      async (request, reply) => {
        return answerVerification(
          reply,
          await credentials.verifier.verify(request.body.verifiableCredential),
        );
      },
    );

    app.post(
      '/presentations/verify',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'VC-API: verify a presentation and every credential in it',
          body: z
            .object({
              verifiablePresentation: z.unknown(),
              options: z
                .object({ challenge: z.string().optional(), domain: z.string().optional() })
                .passthrough()
                .optional(),
            })
            .strict(),
          response: {
            200: VerificationSchema,
            400: FailedVerificationSchema,
          },
        },
      },
      async (request, reply) => {
        const report = await credentials.verifier.verifyPresentation(request.body.verifiablePresentation, {
          challenge: request.body.options?.challenge,
          domain: request.body.options?.domain,
        });
        return answerVerification(reply, report);
      },
    );

    app.get(
      '/credentials/status/:list',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A Bitstring Status List credential published by this node',
          params: z.object({ list: z.string().regex(/^[a-z]+-\d+$/) }).strict(),
          response: { 404: problemResponses[404] },
        },
      },
      async (request, reply) => {
        const list = await credentials.service.publishedStatusList(request.params.list);
        if (!list) return reply.callNotFound();
        return reply
          .type('application/vc+ld+json')
          .header('cache-control', 'public, max-age=60')
          .send(list as never);
      },
    );

    app.get(
      '/api/v1/issuer',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'This node as an issuer: its DID and keys',
          response: {
            200: z.object({
              did: z.string(),
              keys: z.array(
                z.object({
                  id: z.string(),
                  verificationMethod: z.string(),
                  publicKeyMultibase: z.string(),
                  publicKeyJwk: JsonObjectSchema,
                  createdAt: z.string(),
                  retiredAt: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ did: credentials.did, keys: (await credentials.keys.list()) as never }),
    );

    app.post(
      '/api/v1/issuer/keys/rotate',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary:
            'Rotate the signing key; older keys stay in the DID document so their credentials keep verifying',
          body: z.object({ reason: z.string().max(500).optional() }).strict(),
          response: { 201: z.object({ verificationMethod: z.string() }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const key = await credentials.keys.rotate(actor(request), request.body.reason);
        return reply.status(201).send({ verificationMethod: key.verificationMethod });
      },
    );

    app.get(
      '/api/v1/credentials',
      {
        config: { access: ['admin', 'assessor', 'mediator', 'analyst'] },
        schema: {
          tags,
          summary: 'Credentials this node issued',
          querystring: z
            .object({
              type: z.string().max(100).optional(),
              status: z.enum(['active', 'suspended', 'revoked']).optional(),
              partyId: z.uuid().optional(),
              limit: z.coerce.number().int().min(1).max(200).default(50),
              offset: z.coerce.number().int().min(0).default(0),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(IssuedSchema) }), ...problemResponses },
        },
      },
      async (request) => ({ items: await credentials.service.list(request.query) }),
    );

    app.get(
      '/api/v1/credentials/:id',
      {
        config: { access: ['admin', 'assessor', 'mediator', 'analyst'] },
        schema: {
          tags,
          summary: 'One issued credential with its history',
          params: IdParam,
          response: { 200: IssuedSchema.extend({ history: z.array(EventSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const issued = await credentials.service.get(request.params.id);
        return { ...issued, history: await credentials.service.history(issued.id) };
      },
    );

    app.post(
      '/api/v1/credentials/:id/status',
      {
        config: { access: ['admin', 'assessor'] },
        schema: {
          tags,
          summary:
            'Revoke, suspend or reinstate an issued credential (audited; verifiers see it through the status list)',
          params: IdParam,
          body: z
            .object({
              action: z.enum(['revoke', 'suspend', 'reinstate']),
              reason: z.string().trim().min(3).max(500),
            })
            .strict(),
          response: { 200: IssuedSchema, ...problemResponses },
        },
      },
      async (request) =>
        credentials.service.changeStatus(
          request.params.id,
          request.body.action,
          request.body.reason,
          actor(request),
        ),
    );

    app.post(
      '/api/v1/credentials/business-identity',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Issue a BusinessIdentityCredential for a registered party',
          body: z
            .object({
              partyId: z.uuid(),
              format: z.enum(CREDENTIAL_FORMATS).optional(),
              validForDays: z.number().int().min(1).max(3_650).optional(),
            })
            .strict(),
          response: { 201: IssuedSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await credentials.service.issueBusinessIdentity(
              request.body.partyId,
              request.body,
              actor(request),
            ),
          ),
    );

    app.get(
      '/api/v1/trusted-issuers',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Issuers this node recognises besides itself',
          response: {
            200: z.object({
              self: z.string(),
              issuers: z.array(
                z.object({ did: z.string(), name: z.string(), addedBy: z.string(), addedAt: z.string() }),
              ),
            }),
          },
        },
      },
      async () => ({ self: credentials.did, issuers: await credentials.trusted.list() }),
    );

    app.post(
      '/api/v1/trusted-issuers',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Recognise another operator as an issuer',
          body: z.object({ did: z.string().max(300), name: z.string().trim().min(1).max(200) }).strict(),
          response: {
            201: z.object({ did: z.string(), name: z.string(), addedBy: z.string(), addedAt: z.string() }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await credentials.trusted.add(request.body.did, request.body.name, actor(request))),
    );

    app.delete(
      '/api/v1/trusted-issuers/:did',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Stop recognising an issuer',
          params: z.object({ did: z.string().max(300) }).strict(),
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await credentials.trusted.remove(request.params.did, actor(request));
        return reply.status(204).send(null);
      },
    );
  };
