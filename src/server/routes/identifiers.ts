import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SCHEMES, validateIdentifier } from '../../standards/identifiers/index.ts';
import {
  IdentifierRefSchema,
  IdentifierResultSchema,
  problemResponses,
  SchemeInfoSchema,
} from '../schemas.ts';

export const identifierRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/identifiers/schemes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['identifiers'],
        summary: 'Identifier schemes this node validates, with their check-digit status and sources',
        response: { 200: z.object({ schemes: z.array(SchemeInfoSchema) }) },
      },
    },
    async () => ({ schemes: [...SCHEMES] }),
  );

  app.post(
    '/api/v1/identifiers/validate',
    {
      config: { access: 'public' },
      schema: {
        tags: ['identifiers'],
        summary:
          'Validate and normalise one identifier (LEI, IBAN, GTIN, national business numbers, UBIN, domains…)',
        description:
          'Always 200 for a well-formed request: `valid` says whether the identifier is valid and `errors` why not.',
        body: IdentifierRefSchema,
        response: { 200: IdentifierResultSchema, ...problemResponses },
      },
    },
    async (request) => validateIdentifier(request.body),
  );
};
