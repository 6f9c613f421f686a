/**
 * A domain error: a stable machine-readable code, a message for people, and where the problem is.
 * HTTP maps it to RFC 9457 problem+json; the CLI prints it and exits non-zero.
 */
export interface ErrorDetail {
  code: string;
  message: string;
  /** JSON pointer or dotted path of the offending input, when there is one. */
  location?: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly location: string | undefined;
  readonly details: ErrorDetail[];

  constructor(
    code: string,
    message: string,
    options: { status?: number; location?: string; details?: ErrorDetail[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.status = options.status ?? 400;
    this.location = options.location;
    this.details = options.details ?? [];
  }
}

export const notFound = (what: string, location?: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} not found`, { status: 404, location });

export const conflict = (code: string, message: string, location?: string): DomainError =>
  new DomainError(code, message, { status: 409, location });

export const forbidden = (message = 'You do not have the role this action needs'): DomainError =>
  new DomainError('FORBIDDEN', message, { status: 403 });

export const unauthenticated = (message = 'Sign in or send an API key'): DomainError =>
  new DomainError('UNAUTHENTICATED', message, { status: 401 });

/** Several problems found in one input: 422 with every problem and its location, the first one as the code. */
export function unprocessable(problems: ErrorDetail[], what = 'the request'): never {
  const first = problems[0]!;
  throw new DomainError(
    first.code,
    problems.length === 1 ? first.message : `${problems.length} problems in ${what}`,
    {
      status: 422,
      location: first.location,
      details: problems,
    },
  );
}
