import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';

import { importFormatOf, useImportCriteriaSet } from '../api/import-criteria-set';
import type { VersionWithEtag } from '../api/types';
import { useCatalogueT } from '../i18n';

type Stage = 'idle' | 'reading' | 'sending' | 'done' | 'failed';

function readText(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Import a JSON or YAML document as a new draft: the file is read (with its progress), sent, and
 * checked by the service, which names every refused field.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useCatalogueT();
  const navigate = useNavigate();
  const importer = useImportCriteriaSet();
  const [stage, setStage] = useState<Stage>('idle');
  const [readPercent, setReadPercent] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [created, setCreated] = useState<VersionWithEtag | null>(null);

  const start = async (file: File) => {
    const format = importFormatOf(file.name);
    setWrongType(!format);
    if (!format) return;
    setFileName(file.name);
    setCreated(null);
    importer.reset();
    setStage('reading');
    setReadPercent(0);
    try {
      const text = await readText(file, setReadPercent);
      setReadPercent(100);
      setStage('sending');
      setCreated(await importer.mutateAsync({ text, format }));
      setStage('done');
    } catch {
      setStage('failed');
    }
  };

  const busy = stage === 'reading' || stage === 'sending';
  const current = stage === 'reading' ? 0 : stage === 'sending' ? 1 : 2;

  return (
    <Modal
      open
      title={t('importFile.title')}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      footer={
        created ? (
          <Button
            type="primary"
            onClick={() => {
              onClose();
              void navigate(
                paths.catalogueVersion(created.document.code ?? '', created.document.version ?? 1),
              );
            }}
          >
            {t('importFile.open')}
          </Button>
        ) : (
          <Button onClick={onClose} disabled={busy}>
            {t('editor.cancel')}
          </Button>
        )
      }
      destroyOnHidden
    >
      <Upload.Dragger
        accept=".json,.yaml,.yml,application/json,application/yaml"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('importFile.hint')}</p>
        <p className="ant-upload-hint">{t('importFile.hintDetail')}</p>
      </Upload.Dragger>
      {wrongType ? (
        <Alert type="error" showIcon title={t('importFile.wrongType')} style={{ marginTop: 16 }} />
      ) : null}
      {stage !== 'idle' ? (
        <div role="status" aria-live="polite" style={{ marginTop: 16 }}>
          {fileName ? <p style={{ margin: '0 0 8px' }}>{fileName}</p> : null}
          <Steps
            size="small"
            current={current}
            status={stage === 'failed' ? 'error' : stage === 'done' ? 'finish' : 'process'}
            items={[
              { title: t('importFile.reading') },
              { title: t('importFile.sending') },
              { title: '✓' },
            ]}
          />
          {busy ? (
            <Progress
              percent={stage === 'reading' ? readPercent : 100}
              status="active"
              showInfo={stage === 'reading'}
              style={{ marginTop: 8 }}
            />
          ) : null}
          {stage === 'done' && created ? (
            <Alert
              type="success"
              showIcon
              style={{ marginTop: 12 }}
              title={t('importFile.done', {
                code: created.document.code,
                version: created.document.version,
              })}
            />
          ) : null}
        </div>
      ) : null}
      {stage === 'failed' ? (
        <div style={{ marginTop: 12 }}>
          <Alert type="error" showIcon title={t('importFile.failed')} style={{ marginBottom: 8 }} />
          <ProblemAlert error={importer.error} />
        </div>
      ) : null}
    </Modal>
  );
}
