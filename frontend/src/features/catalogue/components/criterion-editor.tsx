import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import { useState } from 'react';

import { useServerValidation } from '@/hooks/use-server-validation';

import type { CriterionDocument, Provenance } from '../api/types';
import { useUpdateCriterion, type CriterionEdit } from '../api/update-criterion';
import { useCatalogueT } from '../i18n';
import { cleanProvenance, text } from '../utils/clean';

import { DefectList } from './defect-list';
import { DepartmentSelect } from './department-select';
import { EditorProblem } from './editor-problem';
import { ProvenanceFields } from './provenance-fields';

type FormValues = {
  nameVi: string;
  nameEn?: string;
  departmentCode?: string;
  provenance?: Provenance;
};

/** Names, responsible department and provenance of one criterion of a draft. */
export function CriterionEditor({
  code,
  version,
  criterion,
  etag,
  defects,
  onReload,
  onClose,
}: {
  code: string;
  version: number;
  criterion: CriterionDocument;
  etag: () => string;
  defects: string[];
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const update = useUpdateCriterion(code, version);
  const criterionCode = criterion.code ?? '';
  const [initialValues] = useState<FormValues>(() => ({
    nameVi: criterion.nameVi ?? '',
    nameEn: criterion.nameEn ?? '',
    ...(criterion.departmentCode ? { departmentCode: criterion.departmentCode } : {}),
    provenance: criterion.provenance ?? {},
  }));

  const save = (values: FormValues) => {
    server.clear();
    const edit: CriterionEdit = { nameVi: values.nameVi.trim() };
    const nameEn = text(values.nameEn);
    const provenance = cleanProvenance(values.provenance);
    if (nameEn) edit.nameEn = nameEn;
    if (values.departmentCode) edit.departmentCode = values.departmentCode;
    if (provenance) edit.provenance = provenance;
    update.mutate(
      { criterionCode, edit, etag: etag() },
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
    <Drawer
      open
      onClose={onClose}
      title={t('editor.criterionTitle', { code: criterionCode })}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      <DefectList messages={defects} />
      <EditorProblem error={server.error} unmatched={server.unmatched} onReload={onReload} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={server.onValuesChange}
        onFinish={save}
      >
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
        <Form.Item label={t('editor.department')} name="departmentCode">
          <DepartmentSelect />
        </Form.Item>
        <ProvenanceFields
          name={['provenance']}
          legend={t('editor.provenanceOf', {
            what: t('defects.where.criterion', { criterion: criterionCode }),
          })}
        />
      </Form>
    </Drawer>
  );
}
