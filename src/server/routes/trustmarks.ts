import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES } from '../../modules/trustmark/evidence-types.ts';
import { APPLICATION_STATES, type ApplicationState } from '../../modules/trustmark/lifecycle.ts';
import { AUTOMATED_CHECKS } from '../../modules/trustmark/schemes/model.ts';
import { SEAL_SCRIPT } from '../../modules/trustmark/seal-script.ts';
import { DomainError } from '../../platform/errors.ts';
import { actor, assertActsFor } from '../access.ts';
import type { AppContext } from '../context.ts';
import { EventSchema, IdParam, problemResponses } from '../schemas.ts';
import { acceptRawUploads, uploadedFile } from '../uploads.ts';

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
        assessedAt: z.string().optional(),
        evidenceSeen: z.array(z.string()).optional(),
        changedSinceReview: z
          .object({
            changes: z.array(z.enum(['finding', 'evidence'])),
            previousVerdict: z.enum(['met', 'not_met', 'not_applicable', 'pending']),
            previousAssessedBy: z.string(),
            previousAssessedAt: z.string().optional(),
            previousFinding: z
              .object({ outcome: z.string(), url: z.string(), evidence: z.string(), message: z.string() })
              .optional(),
          })
          .optional()
          .describe('What a resubmission changed since a person judged this criterion; cleared by review'),
      }),
    ),
    remediationDeadline: z.string().nullable(),
    credentialRecordId: z.string().nullable(),
    validUntil: z.string().nullable(),
    renewalOf: z.string().nullable(),
    renewableFrom: z.string().nullable().describe('When a certified site may renew'),
    review: z
      .object({
        openedAt: z.string(),
        source: z.enum(['surveillance', 'scheme_change', 'complaints', 'assessor']),
        reason: z.string(),
        checkId: z.string().optional(),
        failedCriteria: z.array(z.string()).optional(),
      })
      .nullable()
      .describe('An open review of the certificate; the certificate stands until the assessor decides'),
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

const PageSchema = z.object({
  url: z.string(),
  status: z.number(),
  bytes: z.number(),
  truncated: z.boolean().optional(),
  error: z.string().optional(),
});

const RecordedCheckSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    domain: z.string(),
    purpose: z.enum(['application', 'resubmission', 'surveillance', 'scheme_change']),
    scheme: z.object({ id: z.string(), version: z.string() }),
    startedAt: z.string(),
    finishedAt: z.string(),
    findings: z.array(FindingSchema),
    pages: z.array(PageSchema),
    failedMandatory: z.array(z.string()),
  })
  .meta({ id: 'TrustmarkCheck' });

const EvidenceSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    criterionId: z.string().nullable(),
    filename: z.string(),
    mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TrustmarkEvidence' });

const LocalizedSchema = z.object({ en: z.string(), vi: z.string() });

const CertifiedSiteSchema = z
  .object({
    applicationId: z.string(),
    domain: z.string(),
    status: z.enum(['certified', 'suspended']),
    scheme: z.object({ id: z.string(), version: z.string(), title: LocalizedSchema.nullable() }),
    validUntil: z.string().nullable(),
    party: z.object({
      id: z.string(),
      name: z.string(),
      nameLatin: z.string().nullable(),
      homeEconomy: z.string(),
      ubin: z.string(),
    }),
  })
  .meta({ id: 'CertifiedSite' });

const CertificateViewSchema = z
  .object({
    domain: z.string(),
    status: z.enum(['certified', 'suspended', 'revoked', 'expired', 'none']),
    applicationId: z.string(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    scheme: z.object({ id: z.string(), version: z.string(), title: LocalizedSchema.nullable() }),
    criteriaMet: z.array(z.object({ id: z.string(), category: z.string(), text: LocalizedSchema })),
    party: z
      .object({
        id: z.string(),
        name: z.string(),
        nameLatin: z.string().nullable(),
        homeEconomy: z.string(),
        ubin: z.string(),
        identifiers: z.array(z.object({ id: z.string(), scheme: z.string(), value: z.string() })),
      })
      .nullable(),
    credentialUrl: z.string().nullable(),
    statusHistory: z.array(z.object({ at: z.string(), event: z.string(), reason: z.string().nullable() })),
  })
  .meta({ id: 'TrustmarkCertificateView' });

/** Trustmark criteria schemes and the automated website check (the application workflow builds on these). */
export const trustmarkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { trustmarks, trustmarkRegistry, evidence } = ctx;
    const tags = ['trustmarks'];
    const staff = ['admin', 'assessor'] as const;
    const onlyApplicant = 'Only the applicant or trustmark staff may do this';

    // Evidence arrives as the raw file, parsed to a buffer only within this plugin.
    acceptRawUploads(app, EVIDENCE_MAX_BYTES);

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
        config: { access: ['admin', 'assessor', 'merchant'] },
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
        assertActsFor(request, request.body.partyId, ['assessor'], onlyApplicant);
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
            .object({
              state: z
                .string()
                .max(300)
                .optional()
                .describe('One state or several, comma-separated (e.g. submitted,in_review,resubmitted)'),
              review: z.enum(['open']).optional().describe('Also certificates with an open review'),
              partyId: z.uuid().optional(),
              limit: z.coerce.number().int().min(1).max(500).optional(),
              offset: z.coerce.number().int().min(0).max(100_000).optional(),
            })
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
        const states = (request.query.state ?? '').split(',').filter(Boolean);
        const unknown = states.find((st) => !(APPLICATION_STATES as readonly string[]).includes(st));
        if (unknown)
          throw new DomainError('FIELD_INVALID', `${unknown} is not an application state`, {
            status: 400,
            location: 'querystring.state',
          });
        return {
          items: await trustmarks.list({
            states: states as ApplicationState[],
            underReview: request.query.review === 'open',
            partyId,
            limit: request.query.limit,
            offset: request.query.offset,
          }),
        };
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
          response: {
            200: ApplicationSchema.extend({
              history: z.array(EventSchema),
              evidence: z.array(EvidenceSchema),
              checks: z.array(RecordedCheckSchema),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const application = await trustmarks.get(request.params.id);
        assertActsFor(request, application.partyId, ['assessor'], onlyApplicant);
        const [history, files, checks] = await Promise.all([
          trustmarks.history(application.id),
          evidence.list(application.id),
          trustmarks.checks(application.id),
        ]);
        return { ...application, history, evidence: files, checks };
      },
    );

    app.post(
      '/api/v1/trustmarks/applications/:id/evidence',
      {
        config: { access: ['admin', 'assessor', 'merchant'] },
        bodyLimit: EVIDENCE_MAX_BYTES + 1,
        schema: {
          tags,
          summary:
            'Upload documentary evidence (the raw file as the body: PDF, PNG, JPEG, WebP or plain text; at most 5 MB)',
          params: IdParam,
          querystring: z
            .object({
              criterionId: z.string().max(60).optional(),
              filename: z.string().max(255).optional(),
            })
            .strict(),
          response: { 201: EvidenceSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const application = await trustmarks.get(request.params.id);
        assertActsFor(request, application.partyId, ['assessor'], onlyApplicant);
        const file = await evidence.upload(
          application,
          {
            bytes: uploadedFile(request, 'EVIDENCE_TYPE_UNSUPPORTED'),
            filename: request.query.filename,
            criterionId: request.query.criterionId,
            declaredType: request.headers['content-type'],
          },
          actor(request),
        );
        return reply.status(201).send(file);
      },
    );

    app.get(
      '/api/v1/trustmarks/applications/:id/evidence/:evidenceId',
      {
        config: { access: ['admin', 'assessor', 'merchant'] },
        schema: {
          tags,
          summary: 'Download one evidence file (always as an attachment, never rendered)',
          params: z.object({ id: z.uuid(), evidenceId: z.string().max(60) }).strict(),
          response: { 404: problemResponses[404], 403: problemResponses[403] },
        },
      },
      async (request, reply) => {
        const application = await trustmarks.get(request.params.id);
        assertActsFor(request, application.partyId, ['assessor'], onlyApplicant);
        const file = await evidence.content(application.id, request.params.evidenceId);
        return reply
          .type(file.mediaType)
          .header(
            'content-disposition',
            `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          )
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.content as never);
      },
    );

    app.post(
      '/api/v1/trustmarks/applications/:id/renew',
      {
        config: { access: ['admin', 'merchant'] },
        schema: {
          tags,
          summary:
            'Renew a certificate in its renewal window: a new application against the scheme’s current version',
          params: IdParam,
          body: z.object({}).strict().optional(),
          response: { 201: ApplicationSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const application = await trustmarks.get(request.params.id);
        assertActsFor(request, application.partyId, [], onlyApplicant);
        return reply.status(201).send(await trustmarks.renew(application.id, actor(request)));
      },
    );

    app.get(
      '/api/v1/trustmarks/registry',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'The public registry of certified websites: search by business name, domain or UBIN, economy, scheme',
          querystring: z
            .object({
              q: z.string().max(200).optional(),
              economy: z
                .string()
                .regex(/^[A-Za-z]{2}$/)
                .optional(),
              scheme: z.string().max(64).optional(),
              limit: z.coerce.number().int().min(1).max(200).optional(),
              offset: z.coerce.number().int().min(0).max(100_000).optional(),
            })
            .strict(),
          response: {
            200: z.object({ total: z.number().int(), items: z.array(CertifiedSiteSchema) }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        reply.header('access-control-allow-origin', '*');
        return trustmarkRegistry.search(request.query);
      },
    );

    app.get(
      '/api/v1/trustmarks/certificate',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'The certificate behind a domain’s seal: business identity, scheme, criteria met, validity, status and its credential',
          querystring: z.object({ domain: z.string().min(1).max(300) }).strict(),
          response: { 200: CertificateViewSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        reply.header('access-control-allow-origin', '*');
        return trustmarkRegistry.certificate(request.query.domain);
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
          assertActsFor(request, application.partyId, ['assessor'], onlyApplicant);
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
        reason: z.string().trim().min(3).max(2_000).describe('For the record; not shown to the public'),
        publicReason: z
          .string()
          .trim()
          .min(3)
          .max(500)
          .optional()
          .describe('Shown on the public verification page'),
      }),
      (id, b: { action: 'suspend'; reason: string; publicReason?: string }, who) =>
        trustmarks.changeCertificate(id, b.action, b.reason, who, b.publicReason),
    );
    step(
      'withdraw',
      'Withdraw an application before it is decided',
      ['admin', 'assessor', 'merchant'],
      z.object({ reason: z.string().max(2_000).optional() }),
      (id, b: { reason?: string }, who) => trustmarks.withdraw(id, who, b.reason),
    );
    step(
      'certificate-review',
      'Open a review of a certificate, or close it when the certificate may stand (suspend or revoke ends it otherwise)',
      staff,
      z.object({ action: z.enum(['open', 'close']), reason: z.string().trim().min(3).max(2_000) }),
      (id, b: { action: 'open' | 'close'; reason: string }, who) =>
        b.action === 'open'
          ? trustmarks.openReview(id, { source: 'assessor', reason: b.reason }, who)
          : trustmarks.closeReview(id, b.reason, who),
    );

    app.post(
      '/api/v1/trustmarks/applications/:id/recheck',
      {
        config: { access: [...staff] },
        schema: {
          tags,
          summary:
            'Re-check a certified website now (as surveillance does); a failing mandatory criterion opens a review',
          params: IdParam,
          body: z.object({}).strict().optional(),
          response: { 200: RecordedCheckSchema, ...problemResponses },
        },
      },
      async (request) => {
        const check = await trustmarks.recheck(request.params.id, 'surveillance');
        if (!check)
          throw new DomainError('TRANSITION_INVALID', 'Only a certified website is re-checked', {
            status: 409,
            location: 'state',
          });
        return check;
      },
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
      async () => ({ schemes: await trustmarks.catalogue.all(), automatedChecks: AUTOMATED_CHECKS }),
    );

    app.post(
      '/api/v1/trustmarks/schemes',
      {
        config: { access: [...staff] },
        schema: {
          tags,
          summary:
            'Publish a scheme version (a new scheme, or a higher version of one). Published versions never change; certified sites under the scheme are re-checked against it',
          body: z.record(z.string(), z.unknown()),
          response: { 201: z.record(z.string(), z.unknown()), ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send((await trustmarks.publishScheme(request.body, actor(request))) as never),
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
              pagesFetched: z.array(PageSchema),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => trustmarks.checkWebsite(request.body.domain),
    );
  };
