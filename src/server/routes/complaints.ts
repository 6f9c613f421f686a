import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, type Viewer } from '../../modules/complaints/service.ts';
import { TRACKING_NUMBER_PATTERN } from '../../modules/complaints/tracking.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_LANGUAGES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATES,
  DESIRED_OUTCOMES,
  MEDIATION_OUTCOMES,
  PARTICIPANT_ROLES,
} from '../../modules/complaints/vocabulary.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import { RateLimiter } from '../../platform/http/rate-limit.ts';
import { actor } from '../access.ts';
import type { AppContext } from '../context.ts';
import { IdParam, problemResponses } from '../schemas.ts';
import { acceptRawUploads, uploadedFile } from '../uploads.ts';

const RoutedTo = z.object({
  operator: z.string(),
  economy: z.string(),
  routing: z.enum(['local', 'foreign']),
});

const SummarySchema = z
  .object({
    id: z.string(),
    trackingNumber: z.string(),
    status: z.enum(COMPLAINT_STATES),
    outcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
    flagged: z.boolean(),
    category: z.enum(COMPLAINT_CATEGORIES),
    website: z.string().nullable(),
    merchant: z.object({ partyId: z.string().nullable(), name: z.string().nullable() }),
    routedTo: RoutedTo,
    mediator: z.string().nullable(),
    dueAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ComplaintSummary' });

const AttachmentSchema = z.object({
  id: z.string(),
  uploadedByRole: z.enum(PARTICIPANT_ROLES),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

const ComplaintSchema = SummarySchema.extend({
  confirmed: z.boolean(),
  desiredOutcome: z.enum(DESIRED_OUTCOMES),
  description: z.string(),
  orderReference: z.string().nullable(),
  orderDate: z.string().nullable(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  language: z.enum(COMPLAINT_LANGUAGES),
  consumer: z
    .object({
      email: z.string().optional(),
      name: z.string().optional(),
      economy: z.string().nullable().optional(),
      phone: z.string().optional(),
    })
    .nullable()
    .describe('Personal data: the consumer and the mediator see it all, the merchant the name and economy'),
  settlement: z
    .object({
      terms: z.string(),
      proposedBy: z.enum(PARTICIPANT_ROLES),
      proposedAt: z.string(),
      acceptedAt: z.string().optional(),
    })
    .nullable(),
  respondedAt: z.string().nullable(),
  respondedOnTime: z.boolean().nullable(),
  complianceHonoured: z.boolean().nullable(),
  satisfaction: z.number().int().nullable(),
  forwardingReference: z.string().nullable(),
  personalDataErased: z.boolean(),
  closedAt: z.string().nullable(),
  messages: z.array(
    z.object({
      id: z.string(),
      authorRole: z.enum(PARTICIPANT_ROLES),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  attachments: z.array(AttachmentSchema),
  timeline: z.array(
    z.object({ at: z.string(), event: z.string(), by: z.string(), reason: z.string().nullable() }),
  ),
}).meta({ id: 'Complaint' });

const NewComplaintSchema = z
  .object({
    website: z.string().trim().min(1).max(300).optional(),
    merchant: z.string().trim().min(1).max(80).optional().describe('Party id or UBIN'),
    category: z.enum(COMPLAINT_CATEGORIES),
    description: z.string().trim().min(10).max(10_000),
    desiredOutcome: z.enum(DESIRED_OUTCOMES),
    consumer: z
      .object({
        email: z.email().max(254),
        name: z.string().trim().min(1).max(200),
        economy: z
          .string()
          .regex(/^[A-Za-z]{2}$/)
          .optional(),
        phone: z.string().trim().max(40).optional(),
      })
      .strict(),
    orderReference: z.string().trim().max(100).optional(),
    orderDate: z.iso.date().optional(),
    amount: z.string().max(20).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .optional(),
    language: z.enum(COMPLAINT_LANGUAGES).default('en'),
  })
  .strict();

const TrackingParams = z.object({ trackingNumber: z.string().regex(TRACKING_NUMBER_PATTERN) }).strict();
const TokenQuery = z.object({ token: z.string().max(200).optional() }).strict();
const Message = z.object({ body: z.string().trim().min(1).max(10_000) }).strict();
const Reason = z.object({ reason: z.string().trim().max(2_000).optional() }).strict();
const Compliance = z
  .object({ honoured: z.boolean(), note: z.string().trim().max(2_000).optional() })
  .strict();

const StatisticsSchema = z
  .object({
    partyId: z.string(),
    received: z.number().int(),
    open: z.number().int(),
    answered: z.number().int(),
    answerDue: z
      .number()
      .int()
      .describe('Complaints whose answer was due by now: the base of the on-time share'),
    answeredOnTime: z.number().int(),
    resolved: z.number().int(),
    unresolved: z.number().int(),
    medianDaysToClose: z.number().nullable(),
    satisfaction: z.number().nullable(),
    ratings: z.number().int(),
  })
  .meta({ id: 'MerchantComplaintStatistics' });

const sendFile = (reply: FastifyReply, file: { mediaType: string; filename: string; content: Buffer }) =>
  reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.content as never);

/**
 * Cross-border complaints. Consumers act through the tracking number and the private link's token (no account
 * needed); merchants and the operator's mediators act on cases in the console or with API keys.
 */
export const complaintRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { complaints } = ctx;
    const tags = ['complaints'];
    const filings = new RateLimiter(ctx.config.complaintFilingsPerIpPerHour, 3_600_000);

    acceptRawUploads(app, ATTACHMENT_MAX_BYTES);
    const bufferBody = (request: FastifyRequest) => uploadedFile(request, 'ATTACHMENT_TYPE_UNSUPPORTED');

    // ------------------------------------------------------------------------------------------ consumers

    app.post(
      '/api/v1/complaints',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'File a complaint (no account needed: the e-mail address is confirmed through a mailed link). Returns the tracking number and the private link at once',
          body: NewComplaintSchema,
          response: {
            201: z.object({
              trackingNumber: z.string(),
              privateUrl: z.string(),
              status: z.enum(COMPLAINT_STATES),
              routedTo: RoutedTo,
            }),
            429: problemResponses[422],
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const wait = filings.hit(request.ip);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw new DomainError('RATE_LIMITED', 'Too many complaints from this address; try again later', {
            status: 429,
          });
        }
        const p = request.principal;
        const filed = await complaints.file(request.body, {
          signedInEmail: p.kind === 'user' ? p.email : undefined,
          userId: p.kind === 'user' ? p.id : undefined,
        });
        const { id: _id, ...answer } = filed;
        return reply.status(201).send(answer);
      },
    );

    const consumerRoute = <B extends z.ZodType>(
      path: string,
      summary: string,
      body: B,
      run: (row: Awaited<ReturnType<typeof complaints.byToken>>, body: z.infer<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/api/v1/complaints/:trackingNumber/${path}`,
        {
          config: { access: 'public' },
          schema: {
            tags,
            summary,
            params: TrackingParams,
            querystring: TokenQuery,
            body,
            response: { 200: ComplaintSchema, ...problemResponses },
          },
        },
        async (request) => {
          const row = await complaints.byToken(request.params.trackingNumber, request.query.token);
          const next = (await run(row, request.body as z.infer<B>)) as typeof row;
          return complaints.view(next, { role: 'consumer' }) as never;
        },
      );

    app.get(
      '/api/v1/complaints/:trackingNumber',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'The complaint with its status and timeline, for the consumer holding the private link (404 otherwise)',
          params: TrackingParams,
          querystring: TokenQuery,
          response: { 200: ComplaintSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'private, no-store');
        const row = await complaints.byToken(request.params.trackingNumber, request.query.token);
        return complaints.view(row, { role: 'consumer' });
      },
    );

    consumerRoute(
      'confirm',
      'Confirm the consumer’s e-mail address with the mailed code: the complaint goes on to the merchant or the foreign-operator queue',
      z.object({ code: z.string().min(1).max(200) }).strict(),
      (row, body) => complaints.confirm(row, body.code),
    );
    consumerRoute('messages', 'Write to the merchant and the mediator', Message, (row, body) =>
      complaints.addMessage(row, { role: 'consumer' }, body.body),
    );
    consumerRoute('accept-settlement', 'Accept the proposed settlement', z.object({}).strict(), (row) =>
      complaints.acceptSettlement(row),
    );
    consumerRoute('request-mediation', 'Ask the operator’s mediator to step in', Reason, (row, body) =>
      complaints.requestMediation(row, { role: 'consumer' }, body.reason),
    );
    consumerRoute('withdraw', 'Withdraw the complaint', Reason, (row, body) =>
      complaints.withdraw(row, { role: 'consumer' }, body.reason),
    );
    consumerRoute(
      'compliance',
      'Say whether the merchant carried out the settlement',
      Compliance,
      (row, body) => complaints.confirmCompliance(row, { role: 'consumer' }, body.honoured, body.note),
    );
    consumerRoute(
      'rating',
      'Rate how the closed complaint was handled (1–5)',
      z.object({ satisfaction: z.number().int().min(1).max(5) }).strict(),
      (row, body) => complaints.rate(row, body.satisfaction),
    );
    consumerRoute(
      'erasure',
      'Erase the consumer’s personal data now (an open complaint is withdrawn first)',
      z.object({}).strict(),
      (row) => complaints.erasePersonalData(row.id, 'consumer', 'The consumer asked for erasure'),
    );

    app.get(
      '/api/v1/complaints/:trackingNumber/export',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Everything held about the consumer in this complaint, as JSON to take away',
          params: TrackingParams,
          querystring: TokenQuery,
          response: { 200: z.record(z.string(), z.unknown()), ...problemResponses },
        },
      },
      async (request, reply) => {
        const row = await complaints.byToken(request.params.trackingNumber, request.query.token);
        reply
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `attachment; filename="complaint-${row.trackingNumber}.json"`);
        return complaints.exportPersonalData(row);
      },
    );

    app.post(
      '/api/v1/complaints/:trackingNumber/attachments',
      {
        config: { access: 'public' },
        bodyLimit: ATTACHMENT_MAX_BYTES + 1,
        schema: {
          tags,
          summary: 'Attach evidence (the raw file: PDF, PNG, JPEG, WebP or plain text; 5 MB)',
          params: TrackingParams,
          querystring: TokenQuery.extend({ filename: z.string().max(255).optional() }),
          response: { 201: AttachmentSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const row = await complaints.byToken(request.params.trackingNumber, request.query.token);
        const file = await complaints.attachments.add(
          row,
          { role: 'consumer' },
          bufferBody(request),
          request.query.filename,
          request.headers['content-type'],
        );
        return reply.status(201).send(file);
      },
    );

    app.get(
      '/api/v1/complaints/:trackingNumber/attachments/:attachmentId',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Download an attachment (always as a download, never rendered)',
          params: TrackingParams.extend({ attachmentId: z.string().max(60) }),
          querystring: TokenQuery,
          response: { 404: problemResponses[404] },
        },
      },
      async (request, reply) => {
        const row = await complaints.byToken(request.params.trackingNumber, request.query.token);
        return sendFile(reply, await complaints.attachments.content(row, request.params.attachmentId));
      },
    );

    app.get(
      '/api/v1/complaints/statistics',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'A merchant’s public complaint statistics: received, answered on time, resolved, median days',
          querystring: z
            .object({
              merchant: z.string().max(80).optional().describe('Party id or UBIN'),
              website: z.string().max(300).optional(),
            })
            .strict(),
          response: { 200: StatisticsSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { merchant, website } = request.query;
        if (!merchant && !website)
          throw new DomainError('FIELD_REQUIRED', 'Name the merchant or its website', {
            status: 400,
            location: 'merchant',
          });
        reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60');
        return complaints.statistics({ merchant, website });
      },
    );

    // ------------------------------------------------------------------------------------------ cases

    const viewerOf = (request: FastifyRequest): Viewer => {
      const p = request.principal;
      if (p.kind === 'anonymous') throw forbidden();
      const staff = p.roles.some((r) => r === 'admin' || r === 'mediator');
      if (staff) return { role: 'staff', actor: actor(request) };
      if (p.roles.includes('merchant') && p.partyId)
        return { role: 'merchant', partyId: p.partyId, actor: actor(request) };
      throw forbidden();
    };
    const caseAccess = ['admin', 'mediator', 'merchant'] as ('admin' | 'mediator' | 'merchant')[];

    app.get(
      '/api/v1/complaint-cases',
      {
        config: { access: caseAccess },
        schema: {
          tags,
          summary:
            'Complaint queues: the operator’s (local, or foreign for forwarding) or a merchant’s own cases',
          querystring: z
            .object({
              state: z.enum(COMPLAINT_STATES).optional(),
              routing: z.enum(['local', 'foreign']).optional(),
              merchant: z.uuid().optional(),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(SummarySchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        const merchantPartyId = viewer.role === 'merchant' ? viewer.partyId : request.query.merchant;
        return {
          items: await complaints.list({
            state: request.query.state,
            routing: request.query.routing,
            merchantPartyId,
          }),
        };
      },
    );

    app.get(
      '/api/v1/complaint-cases/:id',
      {
        config: { access: caseAccess },
        schema: {
          tags,
          summary: 'One case with messages, attachments and timeline',
          params: IdParam,
          response: { 200: ComplaintSchema, ...problemResponses },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        return complaints.view(await complaints.forParticipant(request.params.id, viewer), viewer);
      },
    );

    const caseRoute = <B extends z.ZodType>(
      path: string,
      summary: string,
      roles: ('admin' | 'mediator' | 'merchant')[],
      body: B,
      run: (
        row: Awaited<ReturnType<typeof complaints.byToken>>,
        viewer: Viewer,
        body: z.infer<B>,
      ) => Promise<unknown>,
    ) =>
      app.post(
        `/api/v1/complaint-cases/:id/${path}`,
        {
          config: { access: roles },
          schema: {
            tags,
            summary,
            params: IdParam,
            body,
            response: { 200: ComplaintSchema, ...problemResponses },
          },
        },
        async (request) => {
          const viewer = viewerOf(request);
          const row = await complaints.forParticipant(request.params.id, viewer);
          const next = (await run(row, viewer, request.body as z.infer<B>)) as typeof row;
          return complaints.view(next, viewer) as never;
        },
      );
    const staffOnly = (viewer: Viewer) => {
      if (viewer.role !== 'staff') throw forbidden('Only the operator’s mediators may do this');
      return viewer;
    };

    caseRoute(
      'messages',
      'Write to the other party (the merchant’s first message is its response)',
      caseAccess,
      Message,
      (row, viewer, body) => complaints.addMessage(row, viewer, body.body),
    );
    caseRoute(
      'settlement',
      'Propose settlement terms for the consumer to accept',
      caseAccess,
      z.object({ terms: z.string().trim().min(3).max(5_000) }).strict(),
      (row, viewer, body) => complaints.proposeSettlement(row, viewer, body.terms),
    );
    caseRoute(
      'request-mediation',
      'Ask the operator’s mediator to step in',
      caseAccess,
      Reason,
      (row, viewer, body) => complaints.requestMediation(row, viewer, body.reason),
    );
    caseRoute(
      'assign',
      'Take the case as its mediator',
      ['admin', 'mediator'],
      z.object({}).strict(),
      (row, viewer) => complaints.assign(row, staffOnly(viewer).actor),
    );
    caseRoute(
      'outcome',
      'Decide the mediation’s outcome (settled with terms, not settled, withdrawn, out of scope)',
      ['admin', 'mediator'],
      z
        .object({
          outcome: z.enum(MEDIATION_OUTCOMES),
          reason: z.string().trim().min(3).max(2_000),
          terms: z.string().trim().min(3).max(5_000).optional(),
        })
        .strict(),
      (row, viewer, body) =>
        complaints.decide(row, staffOnly(viewer).actor, body.outcome, body.reason, body.terms),
    );
    caseRoute(
      'compliance',
      'Record whether the settlement was carried out',
      ['admin', 'mediator'],
      Compliance,
      (row, viewer, body) => complaints.confirmCompliance(row, staffOnly(viewer), body.honoured, body.note),
    );
    caseRoute(
      'forwarded',
      'Record that a complaint about a business in another economy was handed to that economy’s operator',
      ['admin', 'mediator'],
      z.object({ reference: z.string().trim().min(1).max(500) }).strict(),
      (row, viewer, body) => complaints.markForwarded(row, staffOnly(viewer).actor, body.reference),
    );

    app.post(
      '/api/v1/complaint-cases/:id/attachments',
      {
        config: { access: caseAccess },
        bodyLimit: ATTACHMENT_MAX_BYTES + 1,
        schema: {
          tags,
          summary: 'Attach evidence to a case (the raw file, as for consumers)',
          params: IdParam,
          querystring: z.object({ filename: z.string().max(255).optional() }).strict(),
          response: { 201: AttachmentSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const viewer = viewerOf(request);
        const row = await complaints.forParticipant(request.params.id, viewer);
        const file = await complaints.attachments.add(
          row,
          viewer,
          bufferBody(request),
          request.query.filename,
          request.headers['content-type'],
        );
        return reply.status(201).send(file);
      },
    );

    app.get(
      '/api/v1/complaint-cases/:id/attachments/:attachmentId',
      {
        config: { access: caseAccess },
        schema: {
          tags,
          summary: 'Download an attachment of a case',
          params: z.object({ id: z.uuid(), attachmentId: z.string().max(60) }).strict(),
          response: { 404: problemResponses[404] },
        },
      },
      async (request, reply) => {
        const viewer = viewerOf(request);
        const row = await complaints.forParticipant(request.params.id, viewer);
        return sendFile(reply, await complaints.attachments.content(row, request.params.attachmentId));
      },
    );

    app.get(
      '/api/v1/complaint-cases/:id/forwarding-package',
      {
        config: { access: ['admin', 'mediator'] },
        schema: {
          tags,
          summary:
            'The case file to hand to the operator of the merchant’s economy (everything needed to forward it)',
          params: IdParam,
          response: { 200: z.record(z.string(), z.unknown()), ...problemResponses },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        const row = await complaints.forParticipant(request.params.id, viewer);
        return {
          ...(await complaints.view(row, viewer)),
          forwardTo: { operator: row.routedOperator, economy: row.routedEconomy },
        };
      },
    );

    app.get(
      '/api/v1/complaint-inbox',
      {
        config: { access: caseAccess },
        schema: {
          tags,
          summary: 'Notices for the signed-in merchant (its party) or the operator’s mediators',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  complaintId: z.string(),
                  kind: z.string(),
                  text: z.string(),
                  read: z.boolean(),
                  createdAt: z.string(),
                }),
              ),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        return {
          items: await complaints.inbox.list(
            viewer.role === 'merchant' ? `party:${viewer.partyId}` : 'mediators',
          ),
        };
      },
    );

    app.post(
      '/api/v1/complaint-inbox/read',
      {
        config: { access: caseAccess },
        schema: {
          tags,
          summary: 'Mark notices as read',
          body: z.object({ ids: z.array(z.string().max(60)).min(1).max(200) }).strict(),
          response: { 200: z.object({ updated: z.number().int() }), ...problemResponses },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        return {
          updated: await complaints.inbox.markRead(
            viewer.role === 'merchant' ? `party:${viewer.partyId}` : 'mediators',
            request.body.ids,
          ),
        };
      },
    );
  };
