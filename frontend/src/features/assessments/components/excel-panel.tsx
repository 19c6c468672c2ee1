import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { SectionTitle } from '@/components/section-title';
import { useApiClient } from '@/lib/api-context';
import { isApiProblem } from '@/lib/api-problem';
import { useTexts } from '@/lib/i18n/feature-texts';

import { downloadTemplate } from '../api/download-file';
import {
  refusedRows,
  useImportTemplate,
  type ImportResult,
  type RefusedRow,
} from '../api/import-template';
import { assessmentsTexts } from '../i18n';

import type { Autosave } from './use-autosave';

type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'refused'; rows: RefusedRow[]; detail: string | undefined }
  | { kind: 'error'; error: unknown };

/**
 * The assessment's Excel template: download it, fill it offline, import it back (with progress).
 * The import is all or nothing; a refused file is reported row by row.
 */
export function ExcelPanel({
  assessmentId,
  editable,
  autosave,
}: {
  assessmentId: number;
  editable: boolean;
  autosave: Pick<Autosave, 'enqueue' | 'accept'>;
}) {
  const t = useTexts(assessmentsTexts);
  const client = useApiClient();
  const importTemplate = useImportTemplate();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloading, setDownloading] = useState(false);

  const send = (file: File) => {
    setOutcome(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setOutcome({ kind: 'error', error: new Error(t('excel.wrongFile')) });
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    autosave
      .enqueue((etag) =>
        importTemplate({
          id: assessmentId,
          file,
          etag: etag(),
          onProgress: ({ loaded, total }) =>
            setProgress({ name: file.name, percent: Math.round((loaded / total) * 100) }),
        }),
      )
      .then(
        (result) => {
          if (result.assessment) autosave.accept(result.assessment);
          setOutcome({ kind: 'done', result });
        },
        (error: unknown) => {
          const rows = isApiProblem(error) ? refusedRows(error.errors) : [];
          setOutcome(
            isApiProblem(error) && error.status === 422 && rows.length > 0
              ? { kind: 'refused', rows, detail: error.detail }
              : { kind: 'error', error },
          );
        },
      )
      .finally(() => setProgress(null));
  };

  return (
    <Card
      title={<SectionTitle>{t('excel.title')}</SectionTitle>}
      size="small"
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph>{t('excel.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => {
            setDownloading(true);
            downloadTemplate(client, assessmentId)
              .catch((error: unknown) => setOutcome({ kind: 'error', error }))
              .finally(() => setDownloading(false));
          }}
        >
          {t('excel.download')}
        </Button>
        {editable ? (
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<FileExcelOutlined />} disabled={progress !== null}>
              {t('excel.import')}
            </Button>
          </Upload>
        ) : null}
      </Space>
      {progress ? (
        <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
          <Typography.Text>{t('excel.importing', { name: progress.name })}</Typography.Text>
          <Progress percent={progress.percent} />
        </div>
      ) : null}
      {outcome?.kind === 'done' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title={
            (outcome.result.indicatorsWritten?.length ?? 0) > 0
              ? t('excel.imported', {
                  count: outcome.result.indicatorsWritten?.length ?? 0,
                  rows: outcome.result.rowsRead ?? 0,
                })
              : t('excel.importedNothing', { rows: outcome.result.rowsRead ?? 0 })
          }
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={t('excel.refused')}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                {t('excel.refusedBody', { count: outcome.rows.length })}
              </Typography.Paragraph>
              <Table<RefusedRow>
                size="small"
                pagination={false}
                rowKey={(r) => `${r.row}-${r.indicator}`}
                dataSource={outcome.rows}
                columns={[
                  { key: 'row', title: t('excel.row'), dataIndex: 'row', width: 80 },
                  {
                    key: 'indicator',
                    title: t('excel.indicator'),
                    dataIndex: 'indicator',
                    width: 100,
                  },
                  { key: 'reason', title: t('excel.reason'), dataIndex: 'message' },
                ]}
              />
            </>
          }
        />
      ) : null}
      {outcome?.kind === 'error' ? (
        <div style={{ marginTop: 12 }}>
          <ProblemAlert error={outcome.error} onClose={() => setOutcome(null)} />
        </div>
      ) : null}
    </Card>
  );
}
