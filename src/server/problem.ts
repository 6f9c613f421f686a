import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorDetail } from '../platform/errors.ts';

/** RFC 9457 problem details, with our stable `code` and the location of each problem. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: ErrorDetail[];
  requestId: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

export const problemType = (code: string): string =>
  `urn:crosstrust:problem:${code.toLowerCase().replaceAll('_', '-')}`;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: ErrorDetail[],
): FastifyReply {
  const problem: Problem = {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    requestId: String(request.id),
  };
  return reply.status(status).type('application/problem+json').send(problem);
}

/** Fastify's own errors for unreadable requests, each mapped to a stable code. */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: 'The body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'BODY_EMPTY',
    detail: 'The body is empty but JSON was declared',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'BODY_TOO_LARGE',
    detail: 'The body is larger than this node accepts',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send the body as application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'CONTENT_LENGTH_MISMATCH',
    detail: 'Content-Length does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    status: 400,
    code: 'CONTENT_TYPE_INVALID',
    detail: 'The Content-Type header is invalid',
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send a Content-Type header',
  },
};

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DomainError) {
    const details =
      error.details.length > 0
        ? error.details
        : [{ code: error.code, message: error.message, location: error.location }];
    return sendProblem(request, reply, error.status, error.code, error.message, details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors = error.validation.flatMap((v) => {
      const path = `${where}${v.instancePath === '/' ? '' : v.instancePath.replaceAll('/', '.')}`;
      if (v.keyword === 'unrecognized_keys') {
        const keys = (v.params as { keys?: string[] }).keys ?? [];
        return keys.map((key) => ({
          code: 'FIELD_UNKNOWN',
          message: `Unknown field "${key}"`,
          location: `${path}.${key}`,
        }));
      }
      return [{ code: 'FIELD_INVALID', message: v.message ?? 'invalid', location: path }];
    });
    return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `The request ${where} is invalid`, errors);
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendProblem(request, reply, known.status, known.code, known.detail);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(request, reply, error.statusCode, error.code ?? 'BAD_REQUEST', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    request,
    reply,
    500,
    'INTERNAL',
    'Something went wrong on our side; the request id helps us find it',
  );
}
