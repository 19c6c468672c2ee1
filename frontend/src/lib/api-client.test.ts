import { http, HttpResponse } from 'msw';

import { server } from '@/testing/mocks/server';

import { createApiClient } from './api-client';
import { ApiProblem } from './api-problem';
import { shouldRetry } from './react-query';

const BASE = 'http://gateway.test';

// A slice of what the generated `paths` will look like once the gateway's OpenAPI exists.
type TestPaths = {
  '/api/v1/criteria-sets': {
    get: {
      parameters: { query?: { page?: number } };
      responses: { 200: { content: { 'application/json': { items: { code: string }[] } } } };
    };
    post: {
      requestBody: { content: { 'application/json': { code: string } } };
      responses: { 201: { content: { 'application/json': { code: string } } } };
    };
  };
};

function client(overrides: { token?: string | null; onUnauthorized?: () => void } = {}) {
  return createApiClient<TestPaths>({
    baseUrl: BASE,
    getAccessToken: async () => ('token' in overrides ? overrides.token! : 'the-access-token'),
    onUnauthorized: overrides.onUnauthorized ?? (() => {}),
  });
}

describe('the API client', () => {
  it('sends the bearer token and returns the data', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/api/v1/criteria-sets`, ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ items: [{ code: 'SL-NC-2018' }] });
      }),
    );
    const { data } = await client().GET('/api/v1/criteria-sets', {
      params: { query: { page: 0 } },
    });
    expect(authorization).toBe('Bearer the-access-token');
    expect(data?.items[0]?.code).toBe('SL-NC-2018');
  });

  it('sends no Authorization header when logged out', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get(`${BASE}/api/v1/criteria-sets`, ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ items: [] });
      }),
    );
    await client({ token: null }).GET('/api/v1/criteria-sets');
    expect(authorization).toBeNull();
  });

  it('rejects with a typed ApiProblem carrying problem+json field errors', async () => {
    server.use(
      http.post(`${BASE}/api/v1/criteria-sets`, () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'Invalid request',
            status: 400,
            detail: '2 fields are invalid',
            instance: '/api/v1/criteria-sets',
            errors: [
              { field: 'code', message: 'must not be blank' },
              { field: 'groups[0].criteria[2].code', message: 'is already used' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await client()
      .POST('/api/v1/criteria-sets', { body: { code: '' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: '2 fields are invalid',
      instance: '/api/v1/criteria-sets',
      errors: [
        { field: 'code', message: 'must not be blank' },
        { field: 'groups[0].criteria[2].code', message: 'is already used' },
      ],
    });
  });

  it('makes a problem out of an answer that is not problem+json (a proxy error page)', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/criteria-sets`,
        () =>
          new HttpResponse('<html>Bad Gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await client()
      .GET('/api/v1/criteria-sets')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('starts a new login on 401', async () => {
    const onUnauthorized = vi.fn();
    server.use(
      http.get(`${BASE}/api/v1/criteria-sets`, () =>
        HttpResponse.json(
          { type: '/problems/unauthenticated', title: 'Unauthenticated', status: 401 },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await client({ onUnauthorized })
      .GET('/api/v1/criteria-sets')
      .catch((e: unknown) => e);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(error).toMatchObject({ status: 401 });
  });

  it('does not log in again on 403: the user is known, the role is not enough', async () => {
    const onUnauthorized = vi.fn();
    server.use(
      http.get(`${BASE}/api/v1/criteria-sets`, () =>
        HttpResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 }),
      ),
    );
    await client({ onUnauthorized })
      .GET('/api/v1/criteria-sets')
      .catch(() => {});
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a network failure into a status-0 problem', async () => {
    server.use(http.get(`${BASE}/api/v1/criteria-sets`, () => HttpResponse.error()));
    const error = await client()
      .GET('/api/v1/criteria-sets')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).isNetworkError).toBe(true);
  });
});

describe('query retries', () => {
  it('never retries a 4xx, retries a 5xx or a network failure twice', () => {
    const problem = (status: number) => new ApiProblem({ title: 't', status });
    expect(shouldRetry(0, problem(404))).toBe(false);
    expect(shouldRetry(0, problem(412))).toBe(false);
    expect(shouldRetry(0, problem(503))).toBe(true);
    expect(shouldRetry(1, problem(0))).toBe(true);
    expect(shouldRetry(2, problem(503))).toBe(false);
  });
});
