import { App, AutoComplete, Form, Modal, Radio } from 'antd';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useServerValidation } from '@/hooks/use-server-validation';

import { useDeriveVersion } from '../api/derive-version';
import { useCriteriaSets } from '../api/get-criteria-sets';
import { useCatalogueT } from '../i18n';

type FormValues = { mode: 'same' | 'other'; targetCode?: string };

export const SET_CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A new draft from any version: the next version of the same set, or a version of another set —
 * the way the office enters a provincial set (2290/QĐ-UBND) on top of the national one.
 */
export function DeriveDialog({
  code,
  version,
  onClose,
}: {
  code: string;
  version: number;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const derive = useDeriveVersion(code, version);
  const sets = useCriteriaSets();
  const mode = Form.useWatch('mode', form);

  const save = (values: FormValues) => {
    server.clear();
    const targetCode = values.mode === 'other' ? values.targetCode?.trim() : undefined;
    derive.mutate(targetCode ? { targetCode } : {}, {
      onSuccess: ({ document }) => {
        void message.success(t('derive.done', { code: document.code, version: document.version }));
        onClose();
        void navigate(paths.catalogueVersion(document.code ?? code, document.version ?? 1));
      },
      onError: server.report,
    });
  };

  return (
    <Modal
      open
      title={t('derive.title', { code, version })}
      okText={t('derive.submit')}
      cancelText={t('editor.cancel')}
      confirmLoading={derive.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ mode: 'same' }}
        onValuesChange={server.onValuesChange}
        onFinish={save}
      >
        <Form.Item label={t('derive.mode')} name="mode">
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={[
              { value: 'same', label: t('derive.sameSet') },
              { value: 'other', label: t('derive.otherSet') },
            ]}
          />
        </Form.Item>
        {mode === 'other' ? (
          <Form.Item
            label={t('derive.targetCode')}
            name="targetCode"
            extra={t('derive.targetHelp')}
            rules={[
              { required: true, whitespace: true },
              { pattern: SET_CODE_PATTERN, message: t('create.codePattern') },
            ]}
          >
            <AutoComplete
              options={(sets.data?.items ?? [])
                .filter((set) => set.code && set.code !== code)
                .map((set) => ({
                  value: set.code ?? '',
                  label: `${set.code} — ${set.nameVi ?? ''}`,
                }))}
              showSearch={{
                filterOption: (input, option) =>
                  (option?.value ?? '').toLowerCase().includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
