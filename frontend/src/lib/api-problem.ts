import * as z from 'zod/mini';

export type FieldProblem = { field: string; message: string };

/**
 * An RFC 9457 problem answered by the gateway or a service (DESIGN.md §6), or one the client made
 * up for a network failure (status 0) or a body that was not problem+json.
 */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly FieldProblem[];

  constructor(problem: {
    type?: string;
    title: string;
    status: number;
    detail?: string | undefined;
    instance?: string | undefined;
    errors?: readonly FieldProblem[];
  }) {
    super(problem.detail ?? problem.title);
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export const NETWORK_PROBLEM_TYPE = 'urn:ntm:network';

const problemBody = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(
    z.array(z.object({ field: z._default(z.string(), ''), message: z._default(z.string(), '') })),
  ),
});

/** Builds the problem from an error response; tolerant of bodies that are not problem+json. */
export function problemFromBody(body: unknown, response: Pick<Response, 'status' | 'statusText'>) {
  const parsed = problemBody.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  return new ApiProblem({
    type: problem.type,
    title: problem.title ?? (response.statusText || `HTTP ${response.status}`),
    status: response.status,
    detail: problem.detail,
    instance: problem.instance,
    errors: problem.errors ?? [],
  });
}

export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  return problemFromBody(body, response);
}

export function networkProblem(error: unknown): ApiProblem {
  return new ApiProblem({
    type: NETWORK_PROBLEM_TYPE,
    title: 'Network error',
    status: 0,
    detail: error instanceof Error ? error.message : undefined,
  });
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
