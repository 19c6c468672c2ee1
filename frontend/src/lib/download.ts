/** Bytes received so far, and the total when the server said it (Content-Length). */
export type DownloadProgress = { received: number; total: number | null };

export type DownloadedFile = { blob: Blob; fileName: string };

/** The file name of `Content-Disposition` (RFC 6266, `filename*` first), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Malformed percent-encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

/**
 * Reads a download's body chunk by chunk, so a long export can show how far it is, and keeps the
 * server's file name. The body must not have been read yet (openapi-fetch: `parseAs: 'stream'`).
 */
export async function readWithProgress(
  response: Response,
  fallbackName: string,
  onProgress?: (progress: DownloadProgress) => void,
): Promise<DownloadedFile> {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const fileName =
    fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress?.({ received, total });
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.({ received, total });
    }
  } else {
    const buffer = await response.arrayBuffer();
    chunks.push(buffer);
    received = buffer.byteLength;
    onProgress?.({ received, total });
  }
  return { blob: new Blob(chunks, { type }), fileName };
}

/** Hands a file to the browser's download manager. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser the moment it needs to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
