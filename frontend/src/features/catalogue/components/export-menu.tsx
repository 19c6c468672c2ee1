import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Progress } from 'antd';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import type { DownloadProgress } from '@/lib/download';

import { useExportVersion, type ExportFormat } from '../api/export-version';
import { useCatalogueT } from '../i18n';

/** Export as JSON, YAML or the Excel appendix, with the download's progress while it runs. */
export function ExportMenu({ code, version }: { code: string; version: number }) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const exporter = useExportVersion(code, version);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);

  const start = (format: ExportFormat) => {
    exporter.mutate(
      { format, onProgress: setProgress },
      {
        onSuccess: (file) => void message.success(t('version.exported', { file: file.fileName })),
        onSettled: () => setProgress(null),
      },
    );
  };

  const percent = progress?.total
    ? Math.min(100, Math.round((progress.received / progress.total) * 100))
    : null;

  return (
    <Flex vertical gap={4}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'xlsx', label: t('version.exportXlsx') },
            { key: 'json', label: t('version.exportJson') },
            { key: 'yaml', label: t('version.exportYaml') },
          ],
          onClick: ({ key }) => start(key as ExportFormat),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={exporter.isPending}>
          {t('version.export')}
        </Button>
      </Dropdown>
      {exporter.isPending ? (
        <div role="status" aria-live="polite" style={{ minWidth: 160 }}>
          <Progress
            size="small"
            percent={percent ?? 100}
            status="active"
            showInfo={percent !== null}
            aria-label={t('version.exporting')}
          />
        </div>
      ) : null}
      {exporter.isError ? (
        <ProblemAlert error={exporter.error} onClose={() => exporter.reset()} />
      ) : null}
    </Flex>
  );
}
