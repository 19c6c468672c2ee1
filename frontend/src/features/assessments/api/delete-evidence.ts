import { data } from '@/lib/api-client';
import type { ApiClient } from '@/lib/api-context';

/** `DELETE /api/v1/assessments/{id}/evidence/{evidenceId}` (DRAFT or RETURNED), against the version read. */
export function deleteEvidence(client: ApiClient, id: number, evidenceId: number, etag: string) {
  return data(
    client.DELETE('/api/v1/assessments/{id}/evidence/{evidenceId}', {
      params: {
        path: { id: String(id), evidenceId: String(evidenceId) },
        header: { 'If-Match': etag },
      },
    }),
  );
}
