import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';
import type { CriteriaSetDocument, CriteriaSetVersion } from './types';

export type ImportFormat = 'json' | 'yaml';

export function importFormatOf(fileName: string): ImportFormat | null {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return null;
}

/** A new draft from an exported document (JSON or YAML), sent as the file's own text. */
export function useImportCriteriaSet() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, format }: { text: string; format: ImportFormat }) => {
      const answer = await client.POST('/api/v1/criteria-sets/import', {
        // The file goes as it is: the service reads YAML and JSON, and names the refused fields.
        body: text as unknown as CriteriaSetDocument,
        bodySerializer: (body) => body as unknown as string,
        headers: { 'Content-Type': format === 'json' ? 'application/json' : 'application/yaml' },
      });
      const created = answer.data as CriteriaSetVersion;
      return storeVersion(queryClient, created.code ?? '', created.version ?? 1, answer);
    },
  });
}
