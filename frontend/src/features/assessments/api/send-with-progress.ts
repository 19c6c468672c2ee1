import { useCallback } from 'react';

import { useApiBaseUrl } from '@/lib/api-context';
import { networkProblem, problemFromBody } from '@/lib/api-problem';
import { useAuth } from '@/lib/auth/auth-context';

export type Progress = { loaded: number; total: number };

type Request = {
  method: 'POST' | 'PUT';
  /** Gateway path, e.g. `/api/v1/assessments/12/import`. */
  path: string;
  body: XMLHttpRequestBodyInit;
  headers?: Record<string, string>;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
};

/**
 * Uploads with progress: fetch() cannot report how much of a request body has been sent, so
 * evidence files and Excel imports go through XMLHttpRequest, with the same bearer token and the
 * same problem+json errors as the typed client.
 */
export function useSendWithProgress() {
  const baseUrl = useApiBaseUrl();
  const { getAccessToken, login } = useAuth();
  return useCallback(
    async <T>(request: Request): Promise<T> => {
      const token = await getAccessToken();
      return new Promise<T>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open(request.method, `${baseUrl}${request.path}`);
        xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
        if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        for (const [name, value] of Object.entries(request.headers ?? {})) {
          xhr.setRequestHeader(name, value);
        }
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable)
            request.onProgress?.({ loaded: event.loaded, total: event.total });
        };
        xhr.onload = () => {
          let body: unknown = undefined;
          try {
            body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
          } catch {
            body = undefined;
          }
          if (xhr.status >= 200 && xhr.status < 300) {
            resolve(body as T);
            return;
          }
          if (xhr.status === 401) void login();
          reject(problemFromBody(body, { status: xhr.status, statusText: xhr.statusText }));
        };
        xhr.onerror = () => reject(networkProblem(new Error('upload failed')));
        xhr.onabort = () => reject(networkProblem(new Error('upload cancelled')));
        request.signal?.addEventListener('abort', () => xhr.abort());
        xhr.send(request.body);
      });
    },
    [baseUrl, getAccessToken, login],
  );
}
