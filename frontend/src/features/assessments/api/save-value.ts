import { data } from '@/lib/api-client';
import type { ApiClient } from '@/lib/api-context';
import type { components } from '@/types/api';

export type IndicatorValueInput = components['schemas']['IndicatorValueInput'];

/**
 * Writes one indicator's value, note and data source (`PUT …/values/{indicatorCode}`, autosave),
 * against the version read (`If-Match`): 412 when someone changed the assessment meanwhile.
 * Called by the autosave queue, which keeps the writes of one assessment in order.
 */
export function saveValue(
  client: ApiClient,
  id: number,
  indicatorCode: string,
  body: IndicatorValueInput,
  etag: string,
) {
  return data(
    client.PUT('/api/v1/assessments/{id}/values/{indicatorCode}', {
      params: { path: { id: String(id), indicatorCode }, header: { 'If-Match': etag } },
      body,
    }),
  );
}
