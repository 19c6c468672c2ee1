import {
  BranchesOutlined,
  CheckCircleOutlined,
  DiffOutlined,
  EditOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Space, Tabs } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import { isApiProblem } from '@/lib/api-problem';
import { useCan } from '@/lib/auth/can';

import { useCriteriaSetVersion, versionKey } from '../api/get-criteria-set-version';
import { usePublishVersion } from '../api/publish-version';
import { useRetireVersion } from '../api/retire-version';
import { versionRef, type VersionWithEtag } from '../api/types';
import { toDocumentBody, useUpdateVersion } from '../api/update-version';
import { useCatalogueT } from '../i18n';
import { defectRowKey, toDefects, type Defect } from '../utils/defects';
import { nodeAt, rowKey, withoutNode, type NodePath } from '../utils/version-tree';

import { AddNodeDialog } from './add-node-dialog';
import { CriteriaTree } from './criteria-tree';
import { CriterionEditor } from './criterion-editor';
import { DeriveDialog } from './derive-dialog';
import { EditorProblem } from './editor-problem';
import { EvaluatePreview } from './evaluate-preview';
import { ExportMenu } from './export-menu';
import { GeneralEditor } from './general-editor';
import { IndicatorEditor } from './indicator-editor';
import { PublishDefects } from './publish-defects';
import { VersionStatusTag } from './version-status-tag';
import { VersionSummary } from './version-summary';

type Editing =
  | { kind: 'general' }
  | { kind: 'criterion'; path: NodePath & { kind: 'criterion' } }
  | { kind: 'indicator'; path: NodePath & { kind: 'indicator' } }
  | { kind: 'add'; parent: NodePath | null };

/**
 * One version of a criteria set: what it is, its tree with the provenance of every value, and —
 * for the coordination office on a draft — editing, publication (with every defect the service
 * finds, each leading to its editor), retirement, derivation; export and trial evaluation for all.
 */
export function VersionPage({ code, version }: { code: string; version: number }) {
  const t = useCatalogueT();
  const { message, modal } = App.useApp();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canEdit = useCan('catalogue:edit');
  const query = useCriteriaSetVersion(code, version);
  const publish = usePublishVersion(code, version);
  const retire = useRetireVersion(code, version);
  const structure = useUpdateVersion(code, version);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deriving, setDeriving] = useState(false);
  const [defects, setDefects] = useState<Defect[]>([]);
  const [actionError, setActionError] = useState<unknown>(null);
  const defectsPanel = useRef<HTMLDivElement>(null);

  if (query.isPending) return <ListLoading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('version.notFound')} />
        <ListError error={query.error} onRetry={() => void query.refetch()} />
        <Link to={paths.catalogue}>{t('version.back')}</Link>
      </>
    );
  }

  const document = query.data.document;
  const status = document.status;
  const editable = canEdit && status === 'DRAFT';
  // Read at the moment of saving: after "load the latest version" the new ETag goes out.
  const latest = () =>
    queryClient.getQueryData<VersionWithEtag>(versionKey(code, version)) ?? query.data;
  const etag = () => latest().etag;
  const current = () => latest().document;
  const reload = () => query.refetch();
  const title = (language === 'en' ? document.nameEn : document.nameVi) || document.nameVi || code;

  const defectsByRow = new Map<string, string[]>();
  for (const defect of defects) {
    const key = defectRowKey(defect);
    if (key) defectsByRow.set(key, [...(defectsByRow.get(key) ?? []), defect.message]);
  }
  // The defects of a node itself; those of one of an indicator's thresholds go on its card.
  const defectsOf = (path: NodePath) =>
    defects.filter(
      (defect) =>
        defectRowKey(defect) === rowKey(path) &&
        !(defect.target.kind === 'indicator' && defect.target.threshold !== null),
    );
  const thresholdDefectsOf = (path: NodePath) => {
    const byThreshold: Record<number, string[]> = {};
    for (const defect of defects) {
      if (
        defect.target.kind === 'indicator' &&
        defect.target.threshold !== null &&
        defectRowKey(defect) === rowKey(path)
      ) {
        (byThreshold[defect.target.threshold] ??= []).push(defect.message);
      }
    }
    return byThreshold;
  };

  const onEdit = (path: NodePath) => {
    if (path.kind === 'criterion') setEditing({ kind: 'criterion', path });
    else if (path.kind === 'indicator') setEditing({ kind: 'indicator', path });
  };

  const onFix = (defect: Defect) => {
    const target = defect.target;
    if (target.kind === 'version') setEditing({ kind: 'general' });
    else if (target.kind === 'group') setEditing({ kind: 'add', parent: target.path });
    else if (target.kind === 'criterion') {
      setEditing(
        target.field === 'indicators'
          ? { kind: 'add', parent: target.path }
          : { kind: 'criterion', path: target.path },
      );
    } else setEditing({ kind: 'indicator', path: target.path });
  };

  const onRemove = (path: NodePath) => {
    setActionError(null);
    structure.mutate(
      { document: withoutNode(toDocumentBody(current()), path), etag: etag() },
      {
        onSuccess: () => void message.success(t('tree.saved')),
        onError: setActionError,
      },
    );
  };

  const confirmPublish = () =>
    modal.confirm({
      title: t('version.publishConfirm', { version }),
      content: t('version.publishConfirmBody'),
      okText: t('version.publish'),
      cancelText: t('editor.cancel'),
      onOk: () =>
        publish
          .mutateAsync({ etag: etag() })
          .then(() => {
            setDefects([]);
            setActionError(null);
            void message.success(t('version.published', { version }));
          })
          .catch((error: unknown) => {
            if (isApiProblem(error) && error.status === 422 && error.errors.length > 0) {
              setActionError(null);
              setDefects(toDefects(error.errors));
              setTimeout(() => defectsPanel.current?.focus(), 0);
            } else {
              setActionError(error);
            }
          }),
    });

  const confirmRetire = () =>
    modal.confirm({
      title: t('version.retireConfirm', { version }),
      content: t('version.retireConfirmBody'),
      okText: t('version.retire'),
      okButtonProps: { danger: true },
      cancelText: t('editor.cancel'),
      onOk: () =>
        retire
          .mutateAsync({ etag: etag() })
          .then(() => void message.success(t('version.retired', { version })))
          .catch(setActionError),
    });

  const editor = (() => {
    if (!editing) return null;
    const close = () => setEditing(null);
    if (editing.kind === 'general') {
      return (
        <GeneralEditor
          code={code}
          version={version}
          current={current}
          etag={etag}
          defects={defects.filter((defect) => defect.target.kind === 'version')}
          onReload={reload}
          onClose={close}
        />
      );
    }
    if (editing.kind === 'add') {
      return (
        <AddNodeDialog
          code={code}
          version={version}
          parent={editing.parent}
          current={current}
          etag={etag}
          onReload={reload}
          onClose={close}
        />
      );
    }
    const { criterion, indicator } = nodeAt(document, editing.path);
    if (editing.kind === 'criterion' && criterion) {
      return (
        <CriterionEditor
          code={code}
          version={version}
          criterion={criterion}
          etag={etag}
          defects={defectsOf(editing.path).map((defect) => defect.message)}
          onReload={reload}
          onClose={close}
        />
      );
    }
    if (editing.kind === 'indicator' && indicator) {
      return (
        <IndicatorEditor
          code={code}
          version={version}
          indicator={indicator}
          etag={etag}
          defects={defectsOf(editing.path).map((defect) => defect.message)}
          defectsByThreshold={thresholdDefectsOf(editing.path)}
          onReload={reload}
          onClose={close}
        />
      );
    }
    return null;
  })();

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={paths.catalogue}>{t('title')}</Link> },
          { title: `${code} v${version}` },
        ]}
      />
      <PageHeader
        title={title}
        description={
          <Space wrap>
            <span>{t('version.subtitle', { code, version })}</span>
            <VersionStatusTag status={status} />
          </Space>
        }
        extra={
          <>
            {editable ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing({ kind: 'general' })}>
                  {t('version.editGeneral')}
                </Button>
                <Button
                  type="primary"
                  icon={<CheckCircleOutlined />}
                  loading={publish.isPending}
                  onClick={confirmPublish}
                >
                  {t('version.publish')}
                </Button>
              </>
            ) : null}
            {canEdit && status === 'PUBLISHED' ? (
              <Button
                danger
                icon={<StopOutlined />}
                loading={retire.isPending}
                onClick={confirmRetire}
              >
                {t('version.retire')}
              </Button>
            ) : null}
            {canEdit ? (
              <Button icon={<BranchesOutlined />} onClick={() => setDeriving(true)}>
                {t('version.derive')}
              </Button>
            ) : null}
            <Button
              icon={<DiffOutlined />}
              onClick={() =>
                void navigate(
                  paths.catalogueDiff(
                    document.derivedFrom?.code
                      ? versionRef(document.derivedFrom.code, document.derivedFrom.version ?? 1)
                      : versionRef(code, version),
                    versionRef(code, version),
                  ),
                )
              }
            >
              {t('version.compare')}
            </Button>
            <ExportMenu code={code} version={version} />
          </>
        }
      />
      <div ref={defectsPanel} tabIndex={-1} style={{ outline: 'none' }}>
        <PublishDefects
          defects={defects}
          document={document}
          editable={editable}
          onFix={onFix}
          onClose={() => setDefects([])}
        />
      </div>
      <EditorProblem error={actionError} unmatched={[]} onReload={reload} />
      {status === 'PUBLISHED' && canEdit ? (
        <Alert type="info" showIcon title={t('version.frozen')} style={{ marginBottom: 16 }} />
      ) : null}
      {status === 'DRAFT' && !canEdit ? (
        <Alert
          type="info"
          showIcon
          title={t('version.readOnlyDraft')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <VersionSummary document={document} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'tree',
            label: t('version.tabTree'),
            children: (
              <CriteriaTree
                document={document}
                editable={editable}
                defectsByRow={defectsByRow}
                onEdit={onEdit}
                onAdd={(parent) => setEditing({ kind: 'add', parent })}
                onRemove={onRemove}
                removing={structure.isPending}
              />
            ),
          },
          {
            key: 'evaluate',
            label: t('version.tabEvaluate'),
            children:
              status === 'DRAFT' && !canEdit ? (
                <Alert type="info" showIcon title={t('evaluate.draftOnlyCoordinator')} />
              ) : (
                <EvaluatePreview document={document} />
              ),
          },
        ]}
      />
      {editor}
      {deriving ? (
        <DeriveDialog code={code} version={version} onClose={() => setDeriving(false)} />
      ) : null}
    </>
  );
}
