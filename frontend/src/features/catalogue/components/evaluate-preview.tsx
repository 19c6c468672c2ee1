import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';

import { ListEmpty } from '@/components/list-state';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useServerValidation } from '@/hooks/use-server-validation';

import { useEvaluateVersion, type EvaluationValues } from '../api/evaluate-version';
import type { CriteriaSetVersion, IndicatorDocument } from '../api/types';
import { useCatalogueT } from '../i18n';

import { thresholdText } from './threshold-text';

// A yes/no indicator is chosen as 'yes' / 'no' (a Select holds strings) and sent as true / false.
type FormValues = {
  communeClass?: string;
  values?: Record<string, 'yes' | 'no' | number | null | undefined>;
};

const STATUS_COLORS: Record<string, string> = {
  MET: 'green',
  NOT_MET: 'red',
  MISSING: 'default',
  NO_THRESHOLD: 'orange',
  INCOMPLETE: 'gold',
};

const KNOWN_STATUSES = ['MET', 'NOT_MET', 'MISSING', 'NO_THRESHOLD', 'INCOMPLETE'] as const;

function StatusTag({ status }: { status: string | undefined }) {
  const t = useCatalogueT();
  const known = (KNOWN_STATUSES as readonly string[]).includes(status ?? '');
  return (
    <Tag color={STATUS_COLORS[status ?? ''] ?? 'default'}>
      {known ? t(`evaluate.status.${status as (typeof KNOWN_STATUSES)[number]}`) : status}
    </Tag>
  );
}

/**
 * Try a version with a commune's values: each indicator met or not and why, each criterion, and
 * whether the standard is reached — the same rules the assessments use. Nothing is saved.
 */
export function EvaluatePreview({ document }: { document: CriteriaSetVersion }) {
  const t = useCatalogueT();
  const format = useFormat();
  const [language] = useLanguage();
  const code = document.code ?? '';
  const version = document.version ?? 1;
  const [form] = Form.useForm<FormValues>();
  const criteria = useMemo(
    () => (document.groups ?? []).flatMap((group) => group.criteria ?? []),
    [document.groups],
  );
  const indicators = criteria.flatMap((criterion) => criterion.indicators ?? []);
  // Server fields are `values.2.1`: the code itself holds dots.
  const fieldMap = useMemo(
    () =>
      Object.fromEntries(
        indicators.map((i) => [`values.${i.code ?? ''}`, ['values', i.code ?? '']]),
      ),
    [indicators],
  );
  const server = useServerValidation(form, fieldMap);
  const evaluate = useEvaluateVersion(code, version);
  const result = evaluate.data;
  const verdicts = new Map((result?.indicators ?? []).map((verdict) => [verdict.code, verdict]));
  const criterionVerdicts = new Map(
    (result?.criteria ?? []).map((verdict) => [verdict.code, verdict]),
  );
  const classes = [
    ...new Set(
      indicators.flatMap((i) =>
        (i.thresholds ?? []).map((th) => th.communeClass).filter((c): c is string => !!c),
      ),
    ),
  ];
  const decimalSeparator = language === 'vi' ? ',' : '.';
  const number = (value: number) => format.number(value, { maximumFractionDigits: 4 });

  if (indicators.length === 0) return <ListEmpty description={t('evaluate.empty')} />;

  const run = (values: FormValues) => {
    server.clear();
    const entered: EvaluationValues = {};
    for (const [indicatorCode, value] of Object.entries(values.values ?? {})) {
      if (value === 'yes' || value === 'no') entered[indicatorCode] = value === 'yes';
      else if (value !== null && value !== undefined) entered[indicatorCode] = value;
    }
    evaluate.mutate(
      { values: entered, ...(values.communeClass ? { communeClass: values.communeClass } : {}) },
      { onError: server.report },
    );
  };

  const valueInput = (indicator: IndicatorDocument) =>
    indicator.kind === 'BOOLEAN' ? (
      <Select<string>
        allowClear
        placeholder={t('evaluate.noValue')}
        aria-label={`${t('evaluate.value')} ${indicator.code ?? ''}`}
        style={{ width: 150 }}
        options={[
          { value: 'yes', label: t('evaluate.achieved') },
          { value: 'no', label: t('evaluate.notAchieved') },
        ]}
      />
    ) : (
      <InputNumber
        aria-label={`${t('evaluate.value')} ${indicator.code ?? ''}`}
        decimalSeparator={decimalSeparator}
        style={{ width: 150 }}
        {...(indicator.unit ? { suffix: indicator.unit } : {})}
      />
    );

  return (
    <Form form={form} layout="vertical" onFinish={run} onValuesChange={server.onValuesChange}>
      <Typography.Paragraph type="secondary">{t('evaluate.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap align="end">
        <Form.Item label={t('evaluate.communeClass')} name="communeClass" style={{ minWidth: 240 }}>
          <Select
            allowClear
            placeholder={t('evaluate.anyClass')}
            options={classes.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={evaluate.isPending}>
              {t('evaluate.run')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                evaluate.reset();
              }}
            >
              {t('evaluate.clear')}
            </Button>
          </Space>
        </Form.Item>
      </Flex>
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      {result ? (
        <Alert
          type={result.standardReached ? 'success' : 'warning'}
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={`${result.standardReached ? t('evaluate.reached') : t('evaluate.notReached')} — ${t(
            'evaluate.result',
            {
              met: result.criteriaMet ?? 0,
              total: result.criteriaTotal ?? 0,
              rule: result.rule ?? '',
            },
          )}`}
          description={
            result.gap?.criteriaStillNeeded
              ? t('evaluate.stillNeeded', { count: result.gap.criteriaStillNeeded })
              : undefined
          }
        />
      ) : null}
      <Flex vertical gap={12}>
        {criteria.map((criterion) => {
          const verdict = criterionVerdicts.get(criterion.code);
          return (
            <Card
              key={criterion.code}
              size="small"
              title={
                <Space wrap>
                  <span>
                    {criterion.code}.{' '}
                    {(language === 'en' ? criterion.nameEn : criterion.nameVi) || criterion.nameVi}
                  </span>
                  {verdict ? <StatusTag status={verdict.status} /> : null}
                  {verdict ? (
                    <Typography.Text type="secondary">
                      {`${verdict.indicatorsMet ?? 0}/${verdict.indicatorsTotal ?? 0}`}
                    </Typography.Text>
                  ) : null}
                </Space>
              }
              styles={{ body: { padding: 0 } }}
            >
              <Table<IndicatorDocument>
                size="small"
                pagination={false}
                rowKey={(indicator) => indicator.code ?? ''}
                dataSource={criterion.indicators ?? []}
                scroll={{ x: 760 }}
                columns={[
                  {
                    key: 'indicator',
                    title: t('tree.indicator'),
                    render: (_, indicator) => (
                      <>
                        <strong>{indicator.code}</strong>{' '}
                        {(language === 'en' ? indicator.nameEn : indicator.nameVi) ||
                          indicator.nameVi}
                      </>
                    ),
                  },
                  {
                    key: 'threshold',
                    title: t('tree.threshold'),
                    width: 200,
                    render: (_, indicator) =>
                      (indicator.thresholds ?? []).map((threshold, index) => (
                        <div key={index}>{thresholdText(threshold, t, number)}</div>
                      )),
                  },
                  {
                    key: 'value',
                    title: t('evaluate.value'),
                    width: 180,
                    render: (_, indicator) => (
                      <Form.Item name={['values', indicator.code ?? '']} style={{ margin: 0 }}>
                        {valueInput(indicator)}
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'result',
                    title: t('evaluate.run'),
                    width: 260,
                    render: (_, indicator) => {
                      const verdict = verdicts.get(indicator.code);
                      if (!verdict) return null;
                      return (
                        <Flex vertical gap={2}>
                          <span>
                            <StatusTag status={verdict.status} /> {verdict.explanation}
                          </span>
                          {verdict.need ? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('evaluate.need')}: {verdict.need}
                            </Typography.Text>
                          ) : null}
                        </Flex>
                      );
                    },
                  },
                ]}
              />
            </Card>
          );
        })}
      </Flex>
    </Form>
  );
}
