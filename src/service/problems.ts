/**
 * RFC 9457 problem details. Every failure the service or the command line reports is one of
 * these stable types; `type` is a URI path under /problems/ that the Worker documents.
 */
import { NoArticleError } from '../engine/types';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

/** The stable problem types, their status and title. Data, read by code and documentation. */
export const PROBLEM_TYPES = {
  'bad-request': { status: 400, title: 'Malformed request' },
  'missing-input': { status: 400, title: 'No input given' },
  'url-refused': { status: 400, title: 'URL refused' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'not-acceptable': { status: 406, title: 'Not acceptable' },
  'too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'no-article': { status: 422, title: 'No extractable article' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'fetch-failed': { status: 502, title: 'Fetching the page failed' },
  'page-too-large': { status: 502, title: 'Fetched page too large' },
  'unsupported-content-type': { status: 502, title: 'Fetched page is not HTML or text' },
  'too-many-redirects': { status: 502, title: 'Too many redirects' },
  'fetch-timeout': { status: 504, title: 'Fetching the page timed out' },
  'cache-unavailable': { status: 503, title: 'Cache unavailable' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const problemTypeUri = (type: string) => `/problems/${type}`;

export class Problem extends Error {
  readonly type: ProblemType;
  readonly status: number;
  readonly title: string;
  constructor(type: ProblemType, detail: string, status?: number) {
    super(detail);
    this.name = 'Problem';
    this.type = type;
    this.status = status ?? PROBLEM_TYPES[type].status;
    this.title = PROBLEM_TYPES[type].title;
  }
  get detail(): string {
    return this.message;
  }
  toJSON(instance?: string): ProblemDetails {
    return {
      type: problemTypeUri(this.type),
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
    };
  }
}

interface TypedError {
  type: string;
  status?: number;
  message: string;
  detail?: string;
}

function isTypedError(err: unknown): err is TypedError {
  return err instanceof Error && typeof (err as { type?: unknown }).type === 'string';
}

/** Any thrown value as a Problem: known error types keep theirs, anything else is `internal`. */
export function toProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof NoArticleError) return new Problem('no-article', err.message);
  if (isTypedError(err) && err.type in PROBLEM_TYPES) {
    const type = err.type as ProblemType;
    return new Problem(type, err.detail ?? err.message, err.status ?? PROBLEM_TYPES[type].status);
  }
  return new Problem('internal', 'An unexpected error occurred; it has been logged.');
}
