import type { components } from '@/types/api';

import { useSendWithProgress, type Progress } from './send-with-progress';

export type ImportResult = components['schemas']['ImportResult'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `POST /api/v1/assessments/{id}/import`: all or nothing. A refused file answers 422 with every
 * refused row as `rows[<row>].<indicator>`; nothing is written then.
 */
export function useImportTemplate() {
  const send = useSendWithProgress();
  return (args: { id: number; file: File; etag: string; onProgress?: (p: Progress) => void }) =>
    send<ImportResult>({
      method: 'POST',
      path: `/api/v1/assessments/${args.id}/import`,
      body: args.file,
      headers: { 'If-Match': args.etag, 'Content-Type': XLSX },
      ...(args.onProgress ? { onProgress: args.onProgress } : {}),
    });
}

export type RefusedRow = { row: number; indicator: string; message: string };

/** `rows[12].2.1` → row 12, indicator 2.1; other fields are not rows. */
export function refusedRows(errors: readonly { field: string; message: string }[]): RefusedRow[] {
  const rows: RefusedRow[] = [];
  for (const error of errors) {
    const match = /^rows\[(\d+)\]\.(.+)$/.exec(error.field);
    if (match) rows.push({ row: Number(match[1]), indicator: match[2]!, message: error.message });
  }
  return rows.sort((a, b) => a.row - b.row);
}
