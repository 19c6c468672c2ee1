import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { FIRST_YEAR, referenceDateOf } from '@/config/programme';
import { useServerValidation } from '@/hooks/use-server-validation';
import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { isApiProblem } from '@/lib/api-problem';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { existingAssessmentId, useCreateAssessment } from '../api/create-assessment';
import { usePublishedVersions } from '../api/get-published-sets';
import { assessmentsTexts } from '../i18n';

type Values = { unitCode: string; year: number; set: string };

/** Opens a self-assessment: which commune (in the user's scope), which year, which published set version. */
export function NewAssessmentDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTexts(assessmentsTexts);
  const user = useUser();
  const navigate = useNavigate();
  const client = useApiClient();
  const [form] = Form.useForm<Values>();
  const server = useServerValidation(form, {
    criteriaSetCode: ['set'],
    criteriaSetVersion: ['set'],
  });
  const create = useCreateAssessment();
  const sets = usePublishedVersions();
  const [existing, setExisting] = useState<number | null>(null);
  const year = Form.useWatch('year', form) ?? 2020;
  const ownCommune = user.roles.includes('commune-officer') ? user.unitCode : undefined;
  const communes = useQuery({
    queryKey: ['units', 'COMMUNE', referenceDateOf(Math.min(year, 2025)), user.districtCode ?? ''],
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/units', {
          params: {
            query: {
              level: 'COMMUNE',
              at: referenceDateOf(Math.min(year, 2025)),
              size: '500',
              ...(user.districtCode && !ownCommune ? { parentCode: user.districtCode } : {}),
            },
          },
          signal,
        }),
      ),
    enabled: open && !ownCommune,
    staleTime: Infinity,
  });
  const years = Array.from(
    { length: new Date().getFullYear() - FIRST_YEAR + 1 },
    (_, i) => new Date().getFullYear() - i,
  );

  const submit = (values: Values) => {
    server.clear();
    setExisting(null);
    const [code, version] = values.set.split('@');
    create.mutate(
      {
        unitCode: ownCommune ?? values.unitCode,
        year: values.year,
        criteriaSetCode: code ?? '',
        criteriaSetVersion: Number(version),
      },
      {
        onSuccess: (created) => {
          onClose();
          form.resetFields();
          if (created.id) void navigate(paths.assessment(created.id));
        },
        onError: (error) => {
          if (isApiProblem(error) && error.status === 409)
            setExisting(existingAssessmentId(error.detail));
          server.report(error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      onCancel={onClose}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: 2020, unitCode: ownCommune }}
        onFinish={submit}
        onValuesChange={server.onValuesChange}
      >
        <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
        {existing ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('create.exists')}
            action={
              <Button size="small" onClick={() => void navigate(paths.assessment(existing))}>
                {t('create.openExisting')}
              </Button>
            }
          />
        ) : null}
        <Form.Item
          name="year"
          label={t('create.year')}
          rules={[{ required: true, message: t('create.required') }]}
        >
          <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        {ownCommune ? null : (
          <Form.Item
            name="unitCode"
            label={t('create.commune')}
            rules={[{ required: true, message: t('create.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('create.communePlaceholder')}
              loading={communes.isPending}
              options={(communes.data?.items ?? []).map((u) => ({
                value: u.code,
                label: `${u.name} (${u.code})`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="set"
          label={t('create.set')}
          rules={[{ required: true, message: t('create.required') }]}
        >
          <Select
            placeholder={t('create.setPlaceholder')}
            loading={sets.isPending}
            notFoundContent={t('create.noSets')}
            options={sets.versions.map((v) => ({
              value: `${v.code}@${v.version}`,
              label: `${v.name} — v${v.version}${v.legal ? ` (${v.legal})` : ''}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
