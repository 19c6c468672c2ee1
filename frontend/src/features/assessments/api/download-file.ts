import type { ApiClient } from '@/lib/api-context';

/** The file name of a `Content-Disposition: attachment; filename="…"` answer. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Hands a downloaded file to the browser ("Save as"), then lets the memory go. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An evidence file, with the user's token (a plain link would not carry it). */
export async function downloadEvidence(
  client: ApiClient,
  id: number,
  evidenceId: number,
  fallback: string,
) {
  const { data, response } = await client.GET('/api/v1/assessments/{id}/evidence/{evidenceId}', {
    params: { path: { id: String(id), evidenceId: String(evidenceId) } },
    parseAs: 'blob',
  });
  saveBlob(data as Blob, fileNameOf(response, fallback));
}

/** The assessment's Excel template (`GET …/template.xlsx`). */
export async function downloadTemplate(client: ApiClient, id: number) {
  const { data, response } = await client.GET('/api/v1/assessments/{id}/template.xlsx', {
    params: { path: { id: String(id) } },
    parseAs: 'blob',
  });
  saveBlob(data as Blob, fileNameOf(response, `assessment-${id}.xlsx`));
}
