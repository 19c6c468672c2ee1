import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { isApiProblem } from './api-problem';

/** A 4xx will answer the same the second time; a network failure or a 5xx may not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.isClientError) return false;
  return failureCount < 2;
}

export const queryDefaults = {
  queries: {
    retry: shouldRetry,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
