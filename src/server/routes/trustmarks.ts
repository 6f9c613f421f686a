import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APPLICATION_STATES } from '../../modules/trustmark/lifecycle.ts';
import { BUILT_IN_SCHEMES } from '../../modules/trustmark/schemes/index.ts';
import { AUTOMATED_CHECKS } from '../../modules/trustmark/schemes/model.ts';
import { SEAL_SCRIPT } from '../../modules/trustmark/seal-script.ts';
import { actor, assertActsFor } from '../access.ts';
import type { AppContext } from '../context.ts';
import { EventSchema, IdParam, problemResponses } from '../schemas.ts';

const ApplicationSchema = z
  .object({
    id: z.string(),
    partyId: z.string(),
    domain: z.string(),
    scheme: z.object({ id: z.string(), version: z.string() }),
    state: z.enum(APPLICATION_STATES),
    criteria: z.array(
      z.object({
        id: z.string(),
        level: z.enum(['mandatory', 'recommended']),
        verdict: z.enum(['met', 'not_met', 'not_applicable', 'pending']),
        note: z.string().optional(),
        finding: z
          .object({ outcome: z.string(), url: z.string(), evidence: z.string(), message: z.string() })
          .optional(),
        assessedBy: z.string().optional(),
      }),
    ),
    remediationDeadline: z.string().nullable(),
    credentialRecordId: z.string().nullable(),
    validUntil: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrustmarkApplication' });

const FindingSchema = z.object({
  checkId: z.string(),
  outcome: z.enum(['pass', 'fail', 'not_applicable', 'error']),
  url: z.string(),
  evidence: z.string(),
  message: z.string(),
});

/** Trustmark criteria schemes and the automated website check (the application workflow builds on these). */
export const trustmarkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { trustmarks } = ctx;
    const tags = ['trustmarks'];
    const staff = ['admin', 'assessor'] as const;

    app.get(
      '/api/v1/trustmarks/status',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'The seal’s question: the trustmark status of a domain (certified, suspended, revoked, expired, none)',
          querystring: z.object({ domain: z.string().min(1).max(300) }).strict(),
          response: {
            200: z.object({
              domain: z.string(),
              status: z.enum(['certified', 'suspended', 'revoked', 'expired', 'none']),
              scheme: z.string().nullable(),
              validUntil: z.string().nullable(),
              credentialUrl: z.string().nullable(),
            }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        // Seals on merchants' pages ask from every origin; the answer is public and carries no credentials.
        reply.header('cache-control', 'public, max-age=5').header('access-control-allow-origin', '*');
        // The hottest endpoint of a node: the answer is a flat object of strings, so plain JSON.stringify is exact.
        return reply
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(await trustmarks.statusForDomain(request.query.domain)) as never);
      },
    );

    app.get(
      '/api/v1/trustmarks/seal.js',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The embeddable seal: one script tag that shows the live status of the page’s own domain',
        },
      },
      async (_request, reply) =>
        reply
          .type('application/javascript; charset=utf-8')
          .header('cache-control', 'public, max-age=300')
          .header('cross-origin-resource-policy', 'cross-origin')
          .send(SEAL_SCRIPT),
    );

    app.get(
      '/api/v1/trustmarks/certificates/:id/credential',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The TrustmarkCredential of a certificate, to download and verify anywhere',
          params: IdParam,
          response: { 404: problemResponses[404] },
        },
      },
      async (request, reply) => {
        const application = await trustmarks.get(request.params.id);
        if (!application.credentialRecordId) return reply.callNotFound();
        const issued = await ctx.credentials.service.get(application.credentialRecordId);
        return reply.type('application/vc+ld+json').send(issued.verifiableCredential as never);
      },
    );

    app.post(
      '/api/v1/trustmarks/applications',
      {
        config: { access: ['admin', 'merchant'] },
        schema: {
          tags,
          summary: 'Apply for a trustmark for a website whose ownership is proven',
          body: z
            .object({
              partyId: z.uuid(),
              domain: z.string().min(1).max(300),
              schemeId: z.string().min(1).max(60),
              schemeVersion: z.string().max(20).optional(),
            })
            .strict(),
          response: { 201: ApplicationSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        assertActsFor(
          request,
          request.body.partyId,
          ['assessor'],
          'Only the applicant or trustmark staff may do this',
        );
        return reply.status(201).send(await trustmarks.apply(request.body, actor(request)));
      },
    );

    app.get(
      '/api/v1/trustmarks/applications',
      {
        config: { access: ['admin', 'assessor', 'merchant'] },
        schema: {
          tags,
          summary: 'Applications: the assessor queue, or a merchant’s own',
          querystring: z
            .object({ state: z.enum(APPLICATION_STATES).optional(), partyId: z.uuid().optional() })
            .strict(),
          response: { 200: z.object({ items: z.array(ApplicationSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const p = request.principal;
        const isStaff = p.kind !== 'anonymous' && p.roles.some((r) => r === 'admin' || r === 'assessor');
        const partyId = isStaff
          ? request.query.partyId
          : p.kind !== 'anonymous'
            ? (p.partyId ?? '00000000-0000-0000-0000-000000000000')
            : undefined;
        return { items: await trustmarks.list({ state: request.query.state, partyId }) };
      },
    );

    app.get(
      '/api/v1/trustmarks/applications/:id',
      {
        config: { access: ['admin', 'assessor', 'merchant'] },
        schema: {
          tags,
          summary: 'One application with its criteria and history',
          params: IdParam,
          response: { 200: ApplicationSchema.extend({ history: z.array(EventSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const application = await trustmarks.get(request.params.id);
        assertActsFor(
          request,
          application.partyId,
          ['assessor'],
          'Only the applicant or trustmark staff may do this',
        );
        return { ...application, history: await trustmarks.history(application.id) };
      },
    );

    const step = (
      path: string,
      summary: string,
      roles: readonly ('admin' | 'assessor' | 'merchant')[],
      body: z.ZodObject,
      run: (id: string, body: never, who: string) => Promise<unknown>,
    ) =>
      app.post(
        `/api/v1/trustmarks/applications/:id/${path}`,
        {
          config: { access: [...roles] },
          schema: {
            tags,
            summary,
            params: IdParam,
            body: body.strict(),
            response: { 200: ApplicationSchema, ...problemResponses },
          },
        },
        async (request) => {
          const application = await trustmarks.get(request.params.id);
          assertActsFor(
            request,
            application.partyId,
            ['assessor'],
            'Only the applicant or trustmark staff may do this',
          );
          return run(request.params.id, request.body as never, actor(request)) as never;
        },
      );

    step(
      'check',
      'Run the automated website check and record its findings per criterion',
      staff,
      z.object({}),
      (id, _b, who) => trustmarks.runCheck(id, who),
    );
    step(
      'review',
      'Record the assessor’s verdict, criterion by criterion',
      staff,
      z.object({
        verdicts: z
          .array(
            z
              .object({
                criterionId: z.string().max(60),
                verdict: z.enum(['met', 'not_met', 'not_applicable', 'pending']),
                note: z.string().max(2_000).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(500),
      }),
      (id, b: { verdicts: Array<{ criterionId: string; verdict: 'met' }> }, who) =>
        trustmarks.review(id, b.verdicts, who),
    );
    step(
      'gaps',
      'Send the gap report: unmet criteria and a remediation deadline',
      staff,
      z.object({ deadlineDays: z.number().int().min(1).max(180), reason: z.string().max(2_000).optional() }),
      (id, b: { deadlineDays: number; reason?: string }, who) =>
        trustmarks.reportGaps(id, b.deadlineDays, who, b.reason),
    );
    step(
      'resubmit',
      'The merchant has fixed the gaps: check again',
      ['admin', 'merchant'],
      z.object({}),
      (id, _b, who) => trustmarks.resubmit(id, who),
    );
    step(
      'approve',
      'Approve (every mandatory criterion met) and issue the TrustmarkCredential',
      staff,
      z.object({ reason: z.string().max(2_000).optional() }),
      (id, b: { reason?: string }, who) => trustmarks.approve(id, who, b.reason),
    );
    step(
      'certificate',
      'Suspend, reinstate or revoke the certificate (its credential’s status changes with it)',
      staff,
      z.object({
        action: z.enum(['suspend', 'reinstate', 'revoke']),
        reason: z.string().trim().min(3).max(2_000),
      }),
      (id, b: { action: 'suspend'; reason: string }, who) =>
        trustmarks.changeCertificate(id, b.action, b.reason, who),
    );

    app.get(
      '/api/v1/trustmarks/schemes',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Trustmark criteria schemes this node assesses against (versioned, criteria in English and Vietnamese)',
          response: {
            200: z.object({
              schemes: z.array(z.unknown()),
              automatedChecks: z.record(z.string(), z.unknown()),
            }),
          },
        },
      },
      async () => ({ schemes: [...BUILT_IN_SCHEMES], automatedChecks: AUTOMATED_CHECKS }),
    );

    app.post(
      '/api/v1/trustmarks/website-checks',
      {
        config: { access: ['admin', 'assessor'] },
        schema: {
          tags,
          summary:
            'Run the automated website check now: HTTPS, policy pages, business identity, prices, seal',
          body: z.object({ domain: z.string().min(1).max(253) }).strict(),
          response: {
            200: z.object({
              domain: z.string(),
              partyId: z.string().nullable(),
              startedAt: z.string(),
              finishedAt: z.string(),
              findings: z.array(FindingSchema),
              pagesFetched: z.array(
                z.object({
                  url: z.string(),
                  status: z.number(),
                  bytes: z.number(),
                  truncated: z.boolean().optional(),
                  error: z.string().optional(),
                }),
              ),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => trustmarks.checkWebsite(request.body.domain),
    );
  };
