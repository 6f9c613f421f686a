import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PARTY_KINDS } from '../../modules/registry/schema.ts';
import { RegistryService } from '../../modules/registry/service.ts';
import { TtlCache } from '../../platform/cache.ts';
import { actor, assertActsFor } from '../access.ts';
import type { AppContext } from '../context.ts';
import {
  EventSchema,
  IdentifierRefSchema,
  IdParam,
  PartyInputSchema,
  PartyPatchSchema,
  PartySchema,
  problemResponses,
  WebsiteSchema,
  WebsiteWithTokenSchema,
} from '../schemas.ts';

const OwnershipResultSchema = z.object({
  verified: z.boolean(),
  method: z.enum(['dns', 'http']).nullable(),
  checks: z.array(
    z.object({
      method: z.enum(['dns', 'http', 'https']),
      target: z.string(),
      outcome: z.enum(['matched', 'not_found', 'mismatch', 'refused', 'error']),
      detail: z.string(),
    }),
  ),
});

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // Public lookups are the hottest reads a node serves: their JSON is cached for a few seconds. Changes made
    // through this process clear it at once; changes made by other processes show within the lifetime.
    const lookups = new TtlCache<string, string>(ctx.config.lookupCacheMs, 10_000);
    const registry = new RegistryService(ctx.database.db, ctx.websiteVerifier, () => lookups.clear());
    const tags = ['registry'];

    app.get(
      '/api/v1/registry/parties',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Search parties by name (diacritics folded, local or Latin script) or UBIN, with filters',
          querystring: z
            .object({
              q: z.string().max(200).optional(),
              economy: z
                .string()
                .regex(/^[A-Za-z]{2}$/)
                .optional(),
              kind: z.enum(PARTY_KINDS).optional(),
              limit: z.coerce.number().int().min(1).max(100).default(20),
              offset: z.coerce.number().int().min(0).max(100_000).default(0),
            })
            .strict(),
          response: {
            200: z.object({ total: z.number().int(), items: z.array(PartySchema) }),
            ...problemResponses,
          },
        },
      },
      async (request) => registry.search(request.query),
    );

    app.post(
      '/api/v1/registry/parties',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Register a party with its identifiers and websites (all validated; all or nothing)',
          body: PartyInputSchema,
          response: { 201: PartySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registry.createParty(request.body, actor(request))),
    );

    app.get(
      '/api/v1/registry/parties/:id',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'One party',
          params: IdParam,
          response: { 200: PartySchema, ...problemResponses },
        },
      },
      async (request) => registry.getParty(request.params.id),
    );

    app.patch(
      '/api/v1/registry/parties/:id',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Update a party’s names, address or contacts',
          params: IdParam,
          body: PartyPatchSchema,
          response: { 200: PartySchema, ...problemResponses },
        },
      },
      async (request) => {
        const { reason, ...patch } = request.body;
        return registry.updateParty(request.params.id, patch, actor(request), reason);
      },
    );

    app.get(
      '/api/v1/registry/parties/:id/history',
      {
        config: { access: ['admin', 'assessor', 'mediator', 'analyst'] },
        schema: {
          tags,
          summary: 'The audit trail of a party: every change with actor and reason',
          params: IdParam,
          response: { 200: z.object({ events: z.array(EventSchema) }), ...problemResponses },
        },
      },
      async (request) => ({ events: await registry.history(request.params.id) }),
    );

    app.post(
      '/api/v1/registry/parties/:id/identifiers',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Add an identifier to a party',
          params: IdParam,
          body: IdentifierRefSchema,
          response: { 201: PartySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registry.addIdentifier(request.params.id, request.body, actor(request))),
    );

    app.delete(
      '/api/v1/registry/parties/:id/identifiers/:identifierId',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Remove an identifier (not the one anchoring the UBIN)',
          params: z.object({ id: z.uuid(), identifierId: z.uuid() }).strict(),
          response: { 200: PartySchema, ...problemResponses },
        },
      },
      async (request) =>
        registry.removeIdentifier(request.params.id, request.params.identifierId, actor(request)),
    );

    app.post(
      '/api/v1/registry/parties/:id/websites',
      {
        config: { access: ['admin', 'merchant'] },
        schema: {
          tags,
          summary: 'Register a website for a party; returns the token that proves ownership',
          params: IdParam,
          body: z.object({ domain: z.string().min(1).max(300) }).strict(),
          response: { 201: WebsiteWithTokenSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        assertActsFor(
          request,
          request.params.id,
          [],
          'Only the party itself or an administrator may do this',
        );
        return reply
          .status(201)
          .send(await registry.addWebsite(request.params.id, request.body.domain, actor(request)));
      },
    );

    app.get(
      '/api/v1/registry/websites/:id',
      {
        config: { access: ['admin', 'merchant'] },
        schema: {
          tags,
          summary: 'A website with its ownership token and instructions',
          params: IdParam,
          response: { 200: WebsiteWithTokenSchema, ...problemResponses },
        },
      },
      async (request) => {
        const website = await registry.getWebsite(request.params.id);
        assertActsFor(request, website.partyId, [], 'Only the party itself or an administrator may do this');
        return website;
      },
    );

    app.post(
      '/api/v1/registry/websites/:id/verify',
      {
        config: { access: ['admin', 'merchant'] },
        schema: {
          tags,
          summary:
            'Check website ownership now: DNS TXT at _crosstrust.<domain>, or /.well-known/crosstrust.txt',
          params: IdParam,
          response: {
            200: z.object({ website: WebsiteWithTokenSchema, result: OwnershipResultSchema }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const website = await registry.getWebsite(request.params.id);
        assertActsFor(request, website.partyId, [], 'Only the party itself or an administrator may do this');
        return registry.verifyWebsite(request.params.id, actor(request));
      },
    );

    app.delete(
      '/api/v1/registry/websites/:id',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Remove a website from the registry',
          params: IdParam,
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await registry.removeWebsite(request.params.id, actor(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/registry/lookup',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Look up a party by any identifier, by UBIN, or by website domain',
          description: 'Give `domain`, or `ubin`, or `scheme` and `value`.',
          querystring: z
            .object({
              domain: z.string().max(300).optional(),
              ubin: z.string().max(300).optional(),
              scheme: z.string().max(40).optional(),
              value: z.string().max(256).optional(),
            })
            .strict()
            .refine(
              (q) =>
                [q.domain, q.ubin, q.scheme].filter(Boolean).length === 1 &&
                Boolean(q.scheme) === Boolean(q.value),
              {
                message: 'Give exactly one of domain, ubin, or scheme with value',
              },
            ),
          response: {
            200: z.object({
              party: PartySchema,
              website: WebsiteSchema.optional(),
              matchedBy: z.enum(['domain', 'ubin', 'identifier']),
            }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=30');
        const key = request.url;
        let body = lookups.get(key);
        if (body === undefined) {
          const q = request.query;
          const found = q.domain
            ? { ...(await registry.lookupByDomain(q.domain)), matchedBy: 'domain' as const }
            : q.ubin
              ? { party: await registry.lookupByUbin(q.ubin), matchedBy: 'ubin' as const }
              : {
                  party: await registry.lookupByIdentifier({ scheme: q.scheme!, value: q.value! }),
                  matchedBy: 'identifier' as const,
                };
          body = JSON.stringify({
            party: found.party,
            ...('website' in found ? { website: found.website } : {}),
            matchedBy: found.matchedBy,
          });
          lookups.set(key, body);
        }
        // A string body skips the response serializer: the cached JSON was produced from the same typed result.
        return reply.type('application/json; charset=utf-8').send(body as never);
      },
    );
  };
