import { App, Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { LAST_DISTRICT_DAY } from '@/config/programme';
import { useServerValidation } from '@/hooks/use-server-validation';
import { useUnits } from '@/hooks/use-unit-names';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useRaiseObstacle } from '../api/obstacles';
import { obstaclesTexts } from '../i18n';

type Values = { unitCode: string; criterionCode?: string; title: string; description: string };

/**
 * A district or commune raises an obstacle. A commune officer raises it for its own commune; a
 * district officer picks one of its district's communes. Server errors land under their fields.
 */
export function RaiseDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(obstaclesTexts);
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const server = useServerValidation(form);
  const mutation = useRaiseObstacle();
  const units = useUnits('COMMUNE', LAST_DISTRICT_DAY);
  const options = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((u) => !user.districtCode || u.parentCode === user.districtCode)
        .map((u) => ({ value: u.code ?? '', label: `${u.name ?? ''} (${u.code ?? ''})` })),
    [units.data, user.districtCode],
  );
  return (
    <Modal
      open
      title={t('form.title')}
      okText={t('form.ok')}
      cancelText={t('cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitCode: user.unitCode }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          mutation.mutate(
            {
              unitCode: values.unitCode,
              title: values.title.trim(),
              description: values.description.trim(),
              ...(values.criterionCode?.trim()
                ? { criterionCode: values.criterionCode.trim() }
                : {}),
            },
            {
              onSuccess: () => {
                void message.success(t('form.done'));
                onClose();
              },
              onError: server.report,
            },
          )
        }
      >
        <Form.Item
          name="unitCode"
          label={t('form.commune')}
          rules={[{ required: true, message: t('form.communeRequired') }]}
        >
          <Select
            disabled={Boolean(user.unitCode)}
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={
              user.unitCode && !options.some((o) => o.value === user.unitCode)
                ? [{ value: user.unitCode, label: user.unitCode }, ...options]
                : options
            }
          />
        </Form.Item>
        <Form.Item name="criterionCode" label={t('form.criterion')} extra={t('form.criterionHelp')}>
          <Input style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('form.heading')}
          rules={[{ required: true, whitespace: true, message: t('form.headingRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('form.description')}
          rules={[{ required: true, whitespace: true, message: t('form.descriptionRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
