import { App, Form, Input, Modal, Select } from 'antd';

import { useServerValidation } from '@/hooks/use-server-validation';

import type { CriteriaSetVersion, IndicatorKind } from '../api/types';
import { INDICATOR_KINDS } from '../api/types';
import { toDocumentBody, useUpdateVersion } from '../api/update-version';
import { useCatalogueT } from '../i18n';
import { text } from '../utils/clean';
import { codesInUse, nodeAt, withNode, type NodePath } from '../utils/version-tree';

import { DepartmentSelect } from './department-select';
import { EditorProblem } from './editor-problem';

type FormValues = {
  code: string;
  nameVi: string;
  nameEn?: string;
  departmentCode?: string;
  kind?: IndicatorKind;
  unit?: string;
};

/**
 * Adds a group (no parent), a criterion (parent: a group) or an indicator (parent: a criterion)
 * to a draft, e.g. while entering the criteria of a provincial decision. The whole draft is saved.
 */
export function AddNodeDialog({
  code,
  version,
  parent,
  current,
  etag,
  onReload,
  onClose,
}: {
  code: string;
  version: number;
  parent: NodePath | null;
  current: () => CriteriaSetVersion;
  etag: () => string;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const update = useUpdateVersion(code, version);
  const what = parent === null ? 'group' : parent.kind === 'group' ? 'criterion' : 'indicator';
  const document = current();
  const { group, criterion } = parent ? nodeAt(document, parent) : {};
  const used = codesInUse(document);
  const taken =
    what === 'group' ? used.groups : what === 'criterion' ? used.criteria : used.indicators;
  const title =
    what === 'group'
      ? t('editor.addGroupTitle')
      : what === 'criterion'
        ? t('editor.addCriterionTitle', { group: group?.code ?? '' })
        : t('editor.addIndicatorTitle', { criterion: criterion?.code ?? '' });

  const save = (values: FormValues) => {
    server.clear();
    const base = {
      code: values.code.trim(),
      nameVi: values.nameVi.trim(),
      ...(text(values.nameEn) ? { nameEn: text(values.nameEn) } : {}),
    };
    const node =
      what === 'group'
        ? { ...base, criteria: [] }
        : what === 'criterion'
          ? {
              ...base,
              ...(values.departmentCode ? { departmentCode: values.departmentCode } : {}),
              indicators: [],
            }
          : {
              ...base,
              ...(values.kind ? { kind: values.kind } : {}),
              ...(text(values.unit) ? { unit: text(values.unit) } : {}),
              thresholds: [],
            };
    update.mutate(
      { document: withNode(toDocumentBody(current()), parent, node), etag: etag() },
      {
        onSuccess: () => {
          void message.success(t('tree.saved'));
          onClose();
        },
        onError: server.report,
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      okText={t('editor.add')}
      cancelText={t('editor.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <EditorProblem error={server.error} unmatched={server.unmatched} onReload={onReload} />
      <Form
        form={form}
        layout="vertical"
        onValuesChange={server.onValuesChange}
        onFinish={save}
        initialValues={what === 'indicator' ? { kind: 'BOOLEAN' } : {}}
      >
        <Form.Item
          label={t('editor.code')}
          name="code"
          rules={[
            { required: true, whitespace: true },
            {
              validator: (_, value: string | undefined) =>
                value && taken.has(value.trim())
                  ? Promise.reject(new Error(t('editor.codeTaken')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('editor.nameVi')}
          name="nameVi"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('editor.nameEn')} name="nameEn">
          <Input />
        </Form.Item>
        {what === 'criterion' ? (
          <Form.Item label={t('editor.department')} name="departmentCode">
            <DepartmentSelect />
          </Form.Item>
        ) : null}
        {what === 'indicator' ? (
          <>
            <Form.Item label={t('editor.kind')} name="kind">
              <Select
                options={INDICATOR_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('editor.unit')} name="unit">
              <Input />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
