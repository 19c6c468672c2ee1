import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Obstacle = components['schemas']['Obstacle'];
export type ObstacleStatus = components['schemas']['ObstacleStatus'];
export type NewObstacle = components['schemas']['NewObstacle'];

export type ObstacleFilters = {
  status?: ObstacleStatus;
  districtCode?: string;
  unitCode?: string;
  page: number;
};

export const PAGE_SIZE = 20;

/** `GET /api/v1/obstacles`: the service narrows the list to the caller's district or commune. */
export function useObstacles(filters: ObstacleFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.obstacles.list(filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/obstacles', {
          params: {
            query: {
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.districtCode ? { districtCode: filters.districtCode } : {}),
              ...(filters.unitCode ? { unitCode: filters.unitCode } : {}),
              page: String(filters.page),
              size: String(PAGE_SIZE),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The service's ETag is the obstacle's version: a change since the list was read answers 412. */
const ifMatch = (obstacle: Obstacle) => `"${obstacle.version ?? 0}"`;

function useObstacleChange<V>(mutationFn: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.obstacles.all }),
  });
}

export function useRaiseObstacle() {
  const client = useApiClient();
  return useObstacleChange((body: NewObstacle) =>
    client.POST('/api/v1/obstacles', { body }).then(() => undefined),
  );
}

export function useAnswerObstacle() {
  const client = useApiClient();
  return useObstacleChange(({ obstacle, answer }: { obstacle: Obstacle; answer: string }) =>
    client.POST('/api/v1/obstacles/{id}/answer', {
      params: { path: { id: String(obstacle.id) }, header: { 'If-Match': ifMatch(obstacle) } },
      body: { answer },
    }),
  );
}

export function useCloseObstacle() {
  const client = useApiClient();
  return useObstacleChange((obstacle: Obstacle) =>
    client.POST('/api/v1/obstacles/{id}/close', {
      params: { path: { id: String(obstacle.id) }, header: { 'If-Match': ifMatch(obstacle) } },
    }),
  );
}
