import { useMutation } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';
import { readWithProgress, saveFile, type DownloadProgress } from '@/lib/download';

export type ExportFormat = 'json' | 'yaml' | 'xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads a version as the exchange document (JSON, YAML) or the appendix table (Excel),
 * reporting the bytes received, then hands it to the browser as a file.
 */
export function useExportVersion(code: string, version: number) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      format,
      onProgress,
    }: {
      format: ExportFormat;
      onProgress?: (progress: DownloadProgress) => void;
    }) => {
      const path = { code, version };
      const { response } =
        format === 'xlsx'
          ? await client.GET('/api/v1/criteria-sets/{code}/versions/{version}/export.xlsx', {
              params: { path },
              headers: { Accept: `${XLSX}, application/problem+json` },
              parseAs: 'stream',
            })
          : await client.GET('/api/v1/criteria-sets/{code}/versions/{version}/export', {
              params: { path, query: { format } },
              parseAs: 'stream',
            });
      const file = await readWithProgress(response, `${code}-v${version}.${format}`, onProgress);
      saveFile(file);
      return file;
    },
  });
}
