import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';

import { IsoDatePicker } from '@/components/iso-date-picker';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { useVocabulary } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { DEFAULT_YEAR } from '@/config/programme';
import { useServerValidation } from '@/hooks/use-server-validation';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useAddTarget, usePlans, type NewTarget } from '../api/get-plans';
import { dashboardTexts } from '../i18n';

import { TargetsSection } from './targets-section';

/** Plans and targets: every plan's targets, their progress, and the communes behind each number. */
export function PlansPage() {
  const t = useTexts(dashboardTexts);
  const query = usePlans();
  const canEdit = useCan('plans:edit');
  const [adding, setAdding] = useState<string | null>(null);
  const plans = query.data ?? [];
  return (
    <>
      <PageHeader
        title={t('plansPage.title')}
        description={t('plansPage.intro')}
        extra={
          canEdit ? (
            <Flex gap={8} wrap>
              {plans.map((plan) => (
                <Button
                  key={plan.code}
                  icon={<PlusOutlined />}
                  onClick={() => setAdding(plan.code ?? null)}
                >
                  {t('plansPage.addTarget', { code: plan.code })}
                </Button>
              ))}
            </Flex>
          ) : null
        }
      />
      {query.isPending ? <ListLoading /> : null}
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isSuccess && plans.length === 0 ? (
        <ListEmpty description={t('plansPage.empty')} />
      ) : null}
      {query.isSuccess && plans.length > 0 ? (
        <TargetsSection
          plans={plans}
          year={Math.max(...plans.map((p) => p.endYear ?? DEFAULT_YEAR))}
        />
      ) : null}
      {adding ? <AddTargetDialog code={adding} onClose={() => setAdding(null)} /> : null}
    </>
  );
}

function AddTargetDialog({ code, onClose }: { code: string; onClose: () => void }) {
  const t = useTexts(dashboardTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<NewTarget>();
  const server = useServerValidation(form);
  const add = useAddTarget(code);
  const { label } = useVocabulary();
  const kind = Form.useWatch('kind', form);
  const required = [{ required: true, message: t('plansPage.form.required') }];
  return (
    <Modal
      open
      title={t('plansPage.form.title', { code })}
      okText={t('plansPage.form.ok')}
      cancelText={t('plansPage.form.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<NewTarget>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'RECOGNISED_COUNT', level: 'ADVANCED' }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          add.mutate(values, {
            onSuccess: () => {
              void message.success(t('plansPage.form.done'));
              onClose();
            },
            onError: server.report,
          })
        }
      >
        <Form.Item name="code" label={t('plansPage.form.code')} rules={required}>
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="description" label={t('plansPage.form.description')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="kind" label={t('plansPage.form.kind')} rules={required}>
          <Select
            options={(['RECOGNISED_COUNT', 'MIN_CRITERIA_MET'] as const).map((k) => ({
              value: k,
              label: t(`plansPage.form.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name={kind === 'MIN_CRITERIA_MET' ? 'populationLevel' : 'level'}
            label={t('plansPage.form.level')}
            style={{ flex: '1 1 160px' }}
          >
            <Select
              options={(['BASIC', 'ADVANCED', 'MODEL'] as const).map((level) => ({
                value: level,
                label: label('level', level),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="minimum"
            label={t('plansPage.form.minimum')}
            rules={required}
            style={{ flex: '1 1 120px' }}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('plansPage.form.deadline')}
            rules={required}
            style={{ flex: '1 1 160px' }}
          >
            <IsoDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="source" label={t('plansPage.form.source')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
