import { App, Flex, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';

import { IsoDatePicker } from '@/components/iso-date-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useServerValidation } from '@/hooks/use-server-validation';

import { useCreateCriteriaSet, type NewDraft } from '../api/create-criteria-set';
import { SET_LEVELS, type SetLevel } from '../api/types';
import { useCatalogueT } from '../i18n';
import { text } from '../utils/clean';

import { SET_CODE_PATTERN } from './derive-dialog';

type FormValues = {
  code: string;
  nameVi: string;
  nameEn?: string;
  level: SetLevel;
  period?: string;
  region?: string;
  legalBasis?: { number?: string; date?: string | null; issuer?: string };
};

/** A new set with an empty version 1 (draft), to be filled in criterion by criterion. */
export function CreateSetDialog({ onClose }: { onClose: () => void }) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const create = useCreateCriteriaSet();

  const save = (values: FormValues) => {
    server.clear();
    const draft: NewDraft = {
      code: values.code.trim(),
      nameVi: values.nameVi.trim(),
      level: values.level,
    };
    if (text(values.nameEn)) draft.nameEn = text(values.nameEn);
    if (text(values.period)) draft.period = text(values.period);
    if (text(values.region)) draft.region = text(values.region);
    const legal = values.legalBasis ?? {};
    if (text(legal.number) || legal.date || text(legal.issuer)) {
      draft.legalBasis = {
        ...(text(legal.number) ? { number: text(legal.number) } : {}),
        ...(legal.date ? { date: legal.date } : {}),
        ...(text(legal.issuer) ? { issuer: text(legal.issuer) } : {}),
      };
    }
    create.mutate(draft, {
      onSuccess: ({ document }) => {
        void message.success(t('create.done', { code: document.code, version: document.version }));
        onClose();
        void navigate(paths.catalogueVersion(document.code ?? draft.code, document.version ?? 1));
      },
      onError: server.report,
    });
  };

  return (
    <Modal
      open
      title={t('create.title')}
      okText={t('create.submit')}
      cancelText={t('editor.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ level: 'ADVANCED' }}
        onValuesChange={server.onValuesChange}
        onFinish={save}
      >
        <Form.Item
          label={t('create.code')}
          name="code"
          extra={t('create.codeHelp')}
          rules={[
            { required: true, whitespace: true },
            { pattern: SET_CODE_PATTERN, message: t('create.codePattern') },
            { max: 64 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('create.nameVi')}
          name="nameVi"
          rules={[{ required: true, whitespace: true }, { max: 500 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('create.nameEn')} name="nameEn" rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            label={t('create.level')}
            name="level"
            rules={[{ required: true }]}
            style={{ flex: '1 1 180px' }}
          >
            <Select options={SET_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))} />
          </Form.Item>
          <Form.Item
            label={t('create.period')}
            name="period"
            extra={t('create.periodHelp')}
            rules={[{ max: 32 }]}
            style={{ flex: '1 1 140px' }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item label={t('create.region')} name="region" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            label={t('version.legalNumber')}
            name={['legalBasis', 'number']}
            style={{ flex: '1 1 180px' }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t('version.legalDate')}
            name={['legalBasis', 'date']}
            style={{ flex: '1 1 160px' }}
          >
            <IsoDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('version.legalIssuer')} name={['legalBasis', 'issuer']}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
