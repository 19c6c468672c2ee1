import { DeleteOutlined, DownloadOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { DEFAULT_YEAR } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useServerValidation } from '@/hooks/use-server-validation';
import { yearOptions } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useExportProposal,
  useFundingReference,
  useCriteriaSets,
  usePropose,
} from '../api/decision';
import type { ProposalAnswer, ProposalRequest } from '../api/types';
import { decisionTexts } from '../i18n';
import { millionsToDong } from '../utils/money';

import { ProposalResult } from './proposal-result';
import { decidesBudget, useCommuneOptions, useDefaultSetCode, useNameOf } from './shared';

type SourceRow = { sourceCode?: string; amount?: string; allowedFields?: string[] };
type Values = {
  year: number;
  criteriaSetCode?: string;
  budget: { sources: SourceRow[]; infrastructureMaxSharePercent?: number | null };
  pinned?: string[];
  excluded?: string[];
  title?: string;
};

// The server names a refused commune by its index; the form has one field for all of them.
const FIELD_MAP = Object.fromEntries(
  Array.from({ length: 200 }, (_, i) => [
    [`pinned[${i}]`, ['pinned']],
    [`excluded[${i}]`, ['excluded']],
  ]).flat(),
) as Record<string, string[]>;

/** The form's values as the gateway's request (amounts from triệu đồng to whole đồng). */
export function toRequest(values: Values, save: boolean): ProposalRequest {
  return {
    year: values.year,
    criteriaSetCode: values.criteriaSetCode ?? '',
    budget: {
      sources: values.budget.sources.map((s) => ({
        sourceCode: s.sourceCode ?? '',
        amount: millionsToDong(s.amount) ?? 0,
        allowedFields: s.allowedFields ?? [],
      })),
      infrastructureMaxSharePercent: values.budget.infrastructureMaxSharePercent ?? null,
    },
    pinned: values.pinned ?? [],
    excluded: values.excluded ?? [],
    save,
    ...(values.title?.trim() ? { title: values.title.trim() } : {}),
  };
}

/**
 * The budgeting proposal: a year's money by source with the fields each may pay for and the
 * infrastructure share, pinned and excluded communes → the optimiser's answer, explained; kept as
 * a scenario or downloaded as Excel.
 */
export function ProposalPanel() {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const server = useServerValidation(form, FIELD_MAP);
  const reference = useFundingReference();
  const nameOf = useNameOf();
  const sets = useCriteriaSets();
  const defaultSet = useDefaultSetCode();
  const propose = usePropose();
  const exporter = useExportProposal();
  const [answer, setAnswer] = useState<ProposalAnswer | null>(null);
  const [asked, setAsked] = useState<ProposalRequest | null>(null);
  const year = (Form.useWatch('year', form) as number | undefined) ?? DEFAULT_YEAR;
  const communes = useCommuneOptions(year);
  const rows = Form.useWatch(['budget', 'sources'], form) as SourceRow[] | undefined;
  const total = (rows ?? []).reduce((sum, r) => sum + (millionsToDong(r?.amount) ?? 0), 0);

  const sourceNames = useMemo(
    () => new Map((reference.data?.sources ?? []).map((s) => [s.code ?? '', s.nameVi ?? ''])),
    [reference.data],
  );
  const fieldNames = useMemo(
    () => new Map((reference.data?.fields ?? []).map((f) => [f.code ?? '', f.nameVi ?? ''])),
    [reference.data],
  );
  const allFields = (reference.data?.fields ?? []).map((f) => f.code ?? '');

  async function run(save: boolean) {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    server.clear();
    const request = toRequest(values, save);
    try {
      const result = await propose.mutateAsync(request);
      setAnswer(result);
      setAsked(request);
      if (result.scenario) {
        void message.success(t('result.saved', { id: result.scenario.id }));
      }
    } catch (error) {
      server.report(error);
    }
  }

  // The office's usual set, once the sets are known, unless the user already chose one.
  useEffect(() => {
    if (defaultSet && !form.getFieldValue('criteriaSetCode')) {
      form.setFieldValue('criteriaSetCode', defaultSet);
    }
  }, [defaultSet, form]);

  return (
    <Flex vertical gap={16}>
      <Card title={t('proposal.formTitle')}>
        <Typography.Paragraph type="secondary">{t('proposal.formIntro')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          onValuesChange={server.onValuesChange}
          initialValues={{
            year: DEFAULT_YEAR,
            budget: { sources: [{}], infrastructureMaxSharePercent: 40 },
            pinned: [],
            excluded: [],
          }}
          onFinish={() => void run(false)}
        >
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
                <Select<number>
                  options={yearOptions(new Date().getFullYear() + 1).map((y) => ({
                    value: y,
                    label: String(y),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="criteriaSetCode"
                label={t('criteriaSet')}
                rules={[{ required: true, message: t('chooseSet') }]}
              >
                <Select<string>
                  loading={sets.isPending}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(sets.data?.items ?? []).map((s) => ({
                    value: s.code ?? '',
                    label: s.nameVi ? `${s.nameVi} (${s.code ?? ''})` : (s.code ?? ''),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={['budget', 'infrastructureMaxSharePercent']}
                label={t('proposal.infraShare')}
                extra={t('proposal.infraHelp')}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name={['budget', 'sources']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={16} key={field.key} align="top">
                    <Col xs={24} md={7}>
                      <Form.Item
                        name={[field.name, 'sourceCode']}
                        label={`${t('proposal.source')} ${index + 1}`}
                        rules={[{ required: true, message: t('proposal.sourceRequired') }]}
                      >
                        <Select<string>
                          loading={reference.isPending}
                          showSearch={{ optionFilterProp: 'label' }}
                          onChange={() => {
                            const path: ['budget', 'sources', number, 'allowedFields'] = [
                              'budget',
                              'sources',
                              field.name,
                              'allowedFields',
                            ];
                            const chosen = form.getFieldValue(path) as string[] | undefined;
                            if (!chosen?.length) form.setFieldValue(path, allFields);
                          }}
                          options={(reference.data?.sources ?? []).map((s) => ({
                            value: s.code ?? '',
                            label: `${nameOf(s)} (${s.code ?? ''})`,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={5}>
                      <Form.Item
                        name={[field.name, 'amount']}
                        label={t('proposal.amount')}
                        rules={[
                          {
                            validator: (_, text: string | undefined) =>
                              millionsToDong(text) === null
                                ? Promise.reject(new Error(t('proposal.amountInvalid')))
                                : Promise.resolve(),
                          },
                        ]}
                      >
                        <Input inputMode="decimal" placeholder="20.000" />
                      </Form.Item>
                    </Col>
                    <Col xs={22} md={11}>
                      <Form.Item
                        name={[field.name, 'allowedFields']}
                        label={t('proposal.fields')}
                        rules={[{ required: true, message: t('proposal.fieldsRequired') }]}
                      >
                        <Select<string[]>
                          mode="multiple"
                          maxTagCount="responsive"
                          options={(reference.data?.fields ?? []).map((f) => ({
                            value: f.code ?? '',
                            label: `${f.nameVi ?? ''}${f.infrastructure ? ' ⚒' : ''}`,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={1} style={{ paddingTop: 30 }}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('proposal.removeSource', { no: index + 1 })}
                        disabled={fields.length === 1}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('proposal.addSource')}
                  </Button>
                  <Typography.Text strong>
                    {t('proposal.total', { money: format.money(total) })}
                  </Typography.Text>
                </Flex>
              </>
            )}
          </Form.List>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} md={12}>
              <Form.Item name="pinned" label={t('proposal.pinned')}>
                <Select<string[]>
                  mode="multiple"
                  placeholder={t('proposal.communesPlaceholder')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={communes}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="excluded" label={t('proposal.excluded')}>
                <Select<string[]>
                  mode="multiple"
                  placeholder={t('proposal.communesPlaceholder')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={communes}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="title" label={t('proposal.titleLabel')}>
            <Input maxLength={300} placeholder={t('proposal.titleDefault', { year })} />
          </Form.Item>
          <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
          <Space wrap style={{ marginTop: 8 }}>
            <Button type="primary" htmlType="submit" loading={propose.isPending}>
              {t('proposal.run')}
            </Button>
            {answer && decidesBudget(user) ? (
              <Button
                icon={<SaveOutlined />}
                loading={propose.isPending}
                disabled={!!answer.scenario}
                onClick={() => void run(true)}
              >
                {t('result.save')}
              </Button>
            ) : null}
            {answer && asked ? (
              <Button
                icon={<DownloadOutlined />}
                loading={exporter.isPending}
                onClick={() =>
                  exporter.mutate(asked, {
                    onSuccess: (file) =>
                      void message.success(t('exported', { file: file.fileName })),
                  })
                }
              >
                {t('exportExcel')}
              </Button>
            ) : null}
          </Space>
          {exporter.error ? <ProblemAlert error={exporter.error} /> : null}
        </Form>
      </Card>
      {propose.isPending ? (
        <Flex justify="center" role="status" aria-live="polite" style={{ padding: 24 }}>
          <Spin description={t('proposal.running')} />
        </Flex>
      ) : null}
      {answer?.scenario ? (
        <Alert
          type="success"
          showIcon
          title={t('result.saved', { id: answer.scenario.id })}
          action={
            <Link to={`${paths.decision}?tab=scenarios&a=${answer.scenario.id}`}>
              {t('result.openScenario')}
            </Link>
          }
        />
      ) : null}
      {answer ? (
        <ProposalResult
          proposal={answer.proposal}
          sourceName={(c) => sourceNames.get(c) || c}
          fieldName={(c) => fieldNames.get(c) || c}
        />
      ) : null}
    </Flex>
  );
}
