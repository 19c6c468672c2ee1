import {
  DeleteOutlined,
  DownloadOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/hooks/use-format';
import { useApiClient } from '@/lib/api-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { deleteEvidence } from '../api/delete-evidence';
import { downloadEvidence } from '../api/download-file';
import type { Evidence } from '../api/get-assessment';
import { EVIDENCE_ACCEPT, evidenceRefusal, useUploadEvidence } from '../api/upload-evidence';
import { assessmentsTexts } from '../i18n';

import type { Autosave } from './use-autosave';

function fileSize(
  bytes: number,
  number: (n: number, o?: { maximumFractionDigits?: number }) => string,
) {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, { maximumFractionDigits: 0 })} KB`;
  return `${number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
}

/**
 * An indicator's evidence files: download for every reader, upload (with progress) and removal
 * for editors while the assessment is editable. Writes go through the autosave queue, so the
 * version stays in step with the values being saved.
 */
export function EvidenceList({
  assessmentId,
  indicatorCode,
  files,
  editable,
  autosave,
}: {
  assessmentId: number;
  indicatorCode: string;
  files: readonly Evidence[];
  editable: boolean;
  autosave: Pick<Autosave, 'enqueue' | 'reload'>;
}) {
  const t = useTexts(assessmentsTexts);
  const format = useFormat();
  const client = useApiClient();
  const upload = useUploadEvidence();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = (file: File) => {
    setError(null);
    const refusal = evidenceRefusal(file);
    if (refusal) {
      setError(
        new Error(
          t(refusal === 'type' ? 'evidence.wrongType' : 'evidence.tooLarge', { name: file.name }),
        ),
      );
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    autosave
      .enqueue(async (etag) => {
        await upload({
          id: assessmentId,
          indicatorCode,
          file,
          etag: etag(),
          onProgress: ({ loaded, total }) =>
            setProgress({ name: file.name, percent: Math.round((loaded / total) * 100) }),
        });
        await autosave.reload();
      })
      .then(
        () => void message.success(t('evidence.uploaded', { name: file.name })),
        (reason: unknown) => setError(reason),
      )
      .finally(() => setProgress(null));
  };

  const remove = (evidence: Evidence) =>
    autosave
      .enqueue(async (etag) => {
        await deleteEvidence(client, assessmentId, evidence.id ?? 0, etag());
        await autosave.reload();
      })
      .then(
        () => void message.success(t('evidence.removed', { name: evidence.fileName })),
        (reason: unknown) => setError(reason),
      );

  return (
    <div className="ntm-evidence">
      {files.length === 0 && !editable ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('evidence.none')}
        </Typography.Text>
      ) : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {files.map((f) => (
          <li key={f.id}>
            <Flex align="center" gap={4} wrap>
              <PaperClipOutlined aria-hidden="true" />
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                aria-label={t('evidence.download', { name: f.fileName })}
                onClick={() =>
                  void downloadEvidence(
                    client,
                    assessmentId,
                    f.id ?? 0,
                    f.fileName ?? 'evidence',
                  ).catch(setError)
                }
                style={{ paddingInline: 0 }}
              >
                {f.fileName}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fileSize(f.sizeBytes ?? 0, format.number)}
              </Typography.Text>
              {editable ? (
                <Popconfirm
                  title={t('evidence.removeConfirm', { name: f.fileName })}
                  okText={t('evidence.yes')}
                  cancelText={t('evidence.no')}
                  onConfirm={() => remove(f)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('evidence.remove', { name: f.fileName })}
                  />
                </Popconfirm>
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined />}
              disabled={progress !== null}
              aria-label={t('evidence.uploadFor', { code: indicatorCode })}
              title={t('evidence.hint')}
            >
              {t('evidence.upload')}
            </Button>
          </Upload>
          {progress ? (
            <div role="status" aria-live="polite">
              <Typography.Text style={{ fontSize: 12 }}>
                {t('evidence.uploading', { name: progress.name })}
              </Typography.Text>
              <Progress percent={progress.percent} size="small" />
            </div>
          ) : null}
        </>
      ) : null}
      {error ? <ProblemAlert error={error} onClose={() => setError(null)} /> : null}
    </div>
  );
}
