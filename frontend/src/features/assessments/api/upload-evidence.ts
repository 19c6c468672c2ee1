import type { components } from '@/types/api';

import { useSendWithProgress, type Progress } from './send-with-progress';

export type Evidence = components['schemas']['Evidence'];

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What the service will accept, checked before sending (it judges the content again). */
export function evidenceRefusal(
  file: Pick<File, 'name' | 'size' | 'type'>,
): 'type' | 'size' | null {
  const byType = ['application/pdf', 'image/jpeg', 'image/png'].includes(file.type);
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!byType && !byName) return 'type';
  if (file.size > EVIDENCE_MAX_BYTES) return 'size';
  if (file.size === 0) return 'size';
  return null;
}

/** `POST /api/v1/assessments/{id}/values/{indicatorCode}/evidence`, multipart, with progress. */
export function useUploadEvidence() {
  const send = useSendWithProgress();
  return (args: {
    id: number;
    indicatorCode: string;
    file: File;
    etag: string;
    onProgress?: (progress: Progress) => void;
  }) => {
    const form = new FormData();
    form.append('file', args.file, args.file.name);
    return send<Evidence>({
      method: 'POST',
      path: `/api/v1/assessments/${args.id}/values/${encodeURIComponent(args.indicatorCode)}/evidence`,
      body: form,
      headers: { 'If-Match': args.etag },
      ...(args.onProgress ? { onProgress: args.onProgress } : {}),
    });
  };
}
