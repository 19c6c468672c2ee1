import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';

import { DegradedAlert } from '@/components/degraded-alert';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { ProblemAlert } from '@/components/problem-alert';
import { YearSelect } from '@/components/year-select';
import { LAST_DISTRICT_YEAR } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useServerValidation } from '@/hooks/use-server-validation';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useAssessmentGapCost,
  useCommuneGapCost,
  useDistrictRanking,
  useFundingReference,
  useSaveEstimate,
  useSaveUnitCost,
  useUnitCosts,
} from '../api/decision';
import type {
  CommuneGapCost,
  IndicatorCost,
  RankedCommune,
  UnitCost,
  UnitCostMode,
} from '../api/types';
import { decisionTexts } from '../i18n';
import { dongToMillionsText, millionsToDong } from '../utils/money';

import {
  DistrictSelect,
  readsProvince,
  recordsEstimates,
  SetSelect,
  setsUnitCosts,
  useDefaultSetCode,
  useNameOf,
} from './shared';

/**
 * What reaching the standard costs: a district's communes ranked nearest first, one commune's open
 * indicators priced (the district records estimates there), and the office's unit costs.
 */
export function GapCostsPanel() {
  const t = useTexts(decisionTexts);
  const user = useUser();
  const [year, setYear] = useYearParam(LAST_DISTRICT_YEAR);
  const defaultSet = useDefaultSetCode();
  const [chosenSet, setChosenSet] = useState<string>();
  const [chosenDistrict, setChosenDistrict] = useState<string>();
  const [assessmentId, setAssessmentId] = useState<number | null>(null);
  const setCode = chosenSet ?? defaultSet;
  const districtCode = user.districtCode ?? chosenDistrict;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={16} wrap align="center" role="search">
          <YearSelect
            label={t('year')}
            value={year}
            onChange={setYear}
            lastYear={LAST_DISTRICT_YEAR}
          />
          <SetSelect value={setCode} onChange={setChosenSet} />
          {user.districtCode ? null : (
            <DistrictSelect year={year} value={chosenDistrict} onChange={setChosenDistrict} />
          )}
        </Flex>
      </Card>
      <Ranking districtCode={districtCode} setCode={setCode} year={year} onOpen={setAssessmentId} />
      {assessmentId !== null ? <CommuneGap assessmentId={assessmentId} /> : null}
      {readsProvince(user) && setCode ? <UnitCosts setCode={setCode} /> : null}
    </Flex>
  );
}

function Ranking({
  districtCode,
  setCode,
  year,
  onOpen,
}: {
  districtCode: string | undefined;
  setCode: string | undefined;
  year: number;
  onOpen: (assessmentId: number) => void;
}) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const ranking = useDistrictRanking({ districtCode, criteriaSetCode: setCode, year });
  const m = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : format.moneyAmount(v, 'million');
  let body: React.ReactNode;
  if (!districtCode || !setCode) {
    body = <ListEmpty description={t('gap.chooseDistrict')} />;
  } else if (ranking.isPending) {
    body = <ListLoading />;
  } else if (ranking.isError) {
    body = <ListError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  } else if (ranking.data.communes.length === 0) {
    body = <ListEmpty description={t('gap.empty')} />;
  } else {
    body = (
      <>
        <DegradedAlert degraded={ranking.data.degraded} />
        <Table<RankedCommune>
          size="small"
          rowKey="unitCode"
          dataSource={ranking.data.communes}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('gap.rank'), dataIndex: 'rank', width: 60 },
            {
              title: t('commune'),
              dataIndex: 'unitName',
              render: (name: string, c) => (
                <>
                  {name}
                  {c.pilot ? (
                    <Tag color="magenta" style={{ marginLeft: 8 }}>
                      {t('pilot')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: t('gap.stillNeeded'),
              dataIndex: 'criteriaStillNeeded',
              align: 'right',
              render: (n: number, c) => (c.standardReached ? t('gap.reached') : n),
            },
            {
              title: t('gap.cost'),
              dataIndex: 'costToStandard',
              align: 'right',
              render: (v: number | null | undefined, c) =>
                v === null || v === undefined ? (
                  <Typography.Text type="warning">
                    {t('gap.unpriced')}
                    {c.criteriaUnpriced.length ? `: ${c.criteriaUnpriced.join(', ')}` : ''}
                  </Typography.Text>
                ) : (
                  m(v)
                ),
            },
            {
              title: t('gap.allocated'),
              dataIndex: 'allocatedThisYear',
              align: 'right',
              render: m,
            },
            {
              title: t('result.why'),
              key: 'why',
              render: (_, c) => (lang === 'vi' ? c.explanationVi : c.explanationEn),
            },
            {
              title: '',
              key: 'open',
              render: (_, c) => (
                <Button
                  size="small"
                  onClick={() => onOpen(c.assessmentId)}
                  aria-label={`${t('gap.details')}: ${c.unitName}`}
                >
                  {t('gap.details')}
                </Button>
              ),
            },
          ]}
        />
      </>
    );
  }
  return (
    <Card title={t('gap.rankingTitle')}>
      <Typography.Paragraph type="secondary">{t('gap.rankingIntro')}</Typography.Paragraph>
      {body}
    </Card>
  );
}

/**
 * The scorecard's part: what reaching the standard of the default (advanced) set costs the commune,
 * with each open indicator priced, from its latest assessment of that set.
 */
export function ScorecardGapCost({ code }: { code: string }) {
  const t = useTexts(decisionTexts);
  const setCode = useDefaultSetCode();
  const query = useCommuneGapCost(code, setCode);
  if (!setCode || query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const gap = query.data.gapCost;
  if (!gap) {
    return (
      <Card title={t('gap.scorecardTitle')}>
        <DegradedAlert degraded={query.data.degraded} />
        <ListEmpty description={t('gap.noAssessment', { set: setCode })} />
      </Card>
    );
  }
  return <CommuneGap assessmentId={gap.assessmentId} />;
}

/** The district dashboard's part: the district's communes ranked by what reaching the standard costs. */
export function DistrictGapRanking({ districtCode, year }: { districtCode: string; year: number }) {
  const setCode = useDefaultSetCode();
  const [assessmentId, setAssessmentId] = useState<number | null>(null);
  return (
    <Flex vertical gap={16}>
      <Ranking districtCode={districtCode} setCode={setCode} year={year} onOpen={setAssessmentId} />
      {assessmentId !== null ? <CommuneGap assessmentId={assessmentId} /> : null}
    </Flex>
  );
}

type IndicatorRow = IndicatorCost & { key: string };

/** One commune's gaps priced; the commune's district (or the office) records estimates here. */
export function CommuneGap({ assessmentId }: { assessmentId: number }) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const user = useUser();
  const query = useAssessmentGapCost(assessmentId);
  const [editing, setEditing] = useState<IndicatorCost | null>(null);
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const gap: CommuneGapCost = query.data;
  const rows: IndicatorRow[] = gap.criteria.flatMap((c) =>
    c.indicators.map((i) => ({ ...i, key: i.indicatorCode })),
  );
  const canEstimate = recordsEstimates(user);
  return (
    <Card title={t('gap.communeTitle', { name: gap.unitName })}>
      <Typography.Paragraph strong>
        {gap.costToStandard === null || gap.costToStandard === undefined
          ? t('gap.costUnknown')
          : t('gap.costToStandard', { money: format.money(gap.costToStandard) })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {lang === 'vi' ? gap.explanationVi : gap.explanationEn}
      </Typography.Paragraph>
      {rows.length === 0 ? (
        <ListEmpty description={t('gap.noOpen')} />
      ) : (
        <Table<IndicatorRow>
          size="small"
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('gap.indicator'), dataIndex: 'indicatorCode' },
            { title: t('gap.criterion'), dataIndex: 'criterionCode' },
            { title: t('gap.status'), dataIndex: 'status' },
            {
              title: t('gap.indicatorCost'),
              dataIndex: 'cost',
              align: 'right',
              render: (v: number | null | undefined) =>
                v === null || v === undefined ? '—' : format.moneyAmount(v, 'million'),
            },
            {
              title: t('gap.how'),
              key: 'how',
              render: (_, i) => (lang === 'vi' ? i.howVi : i.howEn),
            },
            ...(canEstimate
              ? [
                  {
                    title: '',
                    key: 'estimate',
                    render: (_: unknown, i: IndicatorRow) => (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(i)}
                        aria-label={`${t('gap.estimate')} ${i.indicatorCode}`}
                      >
                        {t('gap.estimate')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing ? (
        <EstimateModal gap={gap} indicator={editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}

type EstimateValues = {
  amount?: string;
  quantity?: number | null;
  fieldCode?: string;
  sourceCode?: string;
  note?: string;
};

function EstimateModal({
  gap,
  indicator,
  onClose,
}: {
  gap: CommuneGapCost;
  indicator: IndicatorCost;
  onClose: () => void;
}) {
  const t = useTexts(decisionTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<EstimateValues>();
  const server = useServerValidation(form);
  const reference = useFundingReference();
  const nameOf = useNameOf();
  const save = useSaveEstimate(gap.assessmentId);
  const existing = gap.estimates.find((e) => e.indicatorCode === indicator.indicatorCode);
  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // The form shows what is missing.
    const amount = values.amount?.trim() ? millionsToDong(values.amount) : null;
    try {
      await save.mutateAsync({
        indicatorCode: indicator.indicatorCode,
        version: existing?.version,
        body: {
          ...(values.fieldCode ? { fieldCode: values.fieldCode } : {}),
          ...(amount !== null ? { amount } : {}),
          ...(values.quantity !== null && values.quantity !== undefined
            ? { quantity: values.quantity }
            : {}),
          sources: values.sourceCode ? [{ sourceCode: values.sourceCode, percent: 100 }] : [],
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        },
      });
      void message.success(t('gap.estimateSaved'));
      onClose();
    } catch (error) {
      server.report(error);
    }
  }
  return (
    <Modal
      open
      title={t('gap.estimateTitle', { code: indicator.indicatorCode })}
      okText={t('gap.save')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form<EstimateValues>
        form={form}
        layout="vertical"
        onValuesChange={server.onValuesChange}
        initialValues={{
          amount:
            existing?.amount === null || existing?.amount === undefined
              ? undefined
              : dongToMillionsText(existing.amount),
          quantity: existing?.quantity ?? undefined,
          fieldCode: existing?.fieldCode ?? indicator.fieldCode ?? undefined,
          sourceCode: existing?.sources[0]?.sourceCode,
          note: existing?.note ?? undefined,
        }}
      >
        <Form.Item
          name="amount"
          label={t('gap.estimateAmount')}
          dependencies={['quantity']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, text: string | undefined) => {
                const quantity = getFieldValue('quantity') as number | null | undefined;
                if (!text?.trim()) {
                  return quantity === null || quantity === undefined
                    ? Promise.reject(new Error(t('gap.estimateEither')))
                    : Promise.resolve();
                }
                return millionsToDong(text) === null
                  ? Promise.reject(new Error(t('proposal.amountInvalid')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="quantity" label={t('gap.estimateQuantity')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="fieldCode" label={t('gap.estimateField')}>
          <Select<string>
            allowClear
            options={(reference.data?.fields ?? []).map((f) => ({
              value: f.code ?? '',
              label: nameOf(f),
            }))}
          />
        </Form.Item>
        <Form.Item name="sourceCode" label={t('gap.estimateSource')}>
          <Select<string>
            allowClear
            options={(reference.data?.sources ?? []).map((s) => ({
              value: s.code ?? '',
              label: nameOf(s),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('gap.estimateNote')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
    </Modal>
  );
}

type UnitCostValues = {
  indicatorCode?: string;
  mode?: UnitCostMode;
  amountPerUnit?: string;
  unit?: string;
  fieldCode?: string;
  basis?: string;
};

const MODES: UnitCostMode[] = ['PER_SHORTFALL_UNIT', 'PER_QUANTITY', 'LUMP_SUM'];

function UnitCosts({ setCode }: { setCode: string }) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const costs = useUnitCosts(setCode);
  const save = useSaveUnitCost(setCode);
  const reference = useFundingReference();
  const nameOf = useNameOf();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<UnitCostValues>();
  const server = useServerValidation(form);
  const byIndicator = useMemo(
    () => new Map((costs.data ?? []).map((c) => [c.indicatorCode, c])),
    [costs.data],
  );
  function edit(cost?: UnitCost) {
    form.setFieldsValue(
      cost
        ? {
            indicatorCode: cost.indicatorCode,
            mode: cost.mode,
            amountPerUnit: dongToMillionsText(cost.amountPerUnit),
            unit: cost.unit ?? undefined,
            fieldCode: cost.fieldCode ?? undefined,
            basis: cost.basis ?? undefined,
          }
        : { indicatorCode: undefined, mode: 'LUMP_SUM', amountPerUnit: undefined },
    );
    server.clear();
    setOpen(true);
  }
  async function submit() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const code = (v.indicatorCode ?? '').trim();
    try {
      await save.mutateAsync({
        indicatorCode: code,
        version: byIndicator.get(code)?.version,
        body: {
          mode: v.mode ?? 'LUMP_SUM',
          amountPerUnit: millionsToDong(v.amountPerUnit) ?? 0,
          ...(v.unit?.trim() ? { unit: v.unit.trim() } : {}),
          ...(v.fieldCode ? { fieldCode: v.fieldCode } : {}),
          ...(v.basis?.trim() ? { basis: v.basis.trim() } : {}),
        },
      });
      void message.success(t('gap.unitCostSaved'));
      setOpen(false);
    } catch (error) {
      server.report(error);
    }
  }
  const canEdit = setsUnitCosts(user);
  return (
    <Card
      title={t('gap.unitCostsTitle')}
      extra={
        canEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => edit()}>
            {t('gap.addUnitCost')}
          </Button>
        ) : null
      }
    >
      {costs.isPending ? (
        <ListLoading />
      ) : costs.isError ? (
        <ListError error={costs.error} onRetry={() => void costs.refetch()} />
      ) : costs.data.length === 0 ? (
        <ListEmpty description={t('gap.unitCostsEmpty')} />
      ) : (
        <Table<UnitCost>
          size="small"
          rowKey="id"
          dataSource={costs.data}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('gap.indicator'), dataIndex: 'indicatorCode' },
            {
              title: t('gap.mode'),
              dataIndex: 'mode',
              render: (mode: UnitCostMode) => t(`gap.modes.${mode}`),
            },
            {
              title: t('gap.amountPerUnit'),
              dataIndex: 'amountPerUnit',
              align: 'right',
              render: (v: number) => format.moneyAmount(v, 'million'),
            },
            { title: t('gap.unit'), dataIndex: 'unit' },
            { title: t('result.field'), dataIndex: 'fieldCode' },
            { title: t('gap.basis'), dataIndex: 'basis' },
            { title: t('gap.updatedBy'), dataIndex: 'updatedBy' },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, c: UnitCost) => (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`${t('gap.addUnitCost')} ${c.indicatorCode}`}
                        onClick={() => edit(c)}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Modal
        open={open}
        title={t('gap.unitCostTitle')}
        okText={t('gap.save')}
        confirmLoading={save.isPending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form<UnitCostValues> form={form} layout="vertical" onValuesChange={server.onValuesChange}>
          <Form.Item
            name="indicatorCode"
            label={t('gap.indicator')}
            rules={[{ required: true, whitespace: true, message: t('gap.indicatorRequired') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="mode" label={t('gap.mode')} rules={[{ required: true }]}>
            <Select<UnitCostMode>
              options={MODES.map((mode) => ({ value: mode, label: t(`gap.modes.${mode}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="amountPerUnit"
            label={t('gap.amountPerUnit')}
            rules={[
              {
                validator: (_, text: string | undefined) =>
                  millionsToDong(text) === null
                    ? Promise.reject(new Error(t('proposal.amountInvalid')))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="unit" label={t('gap.unit')}>
            <Input maxLength={40} placeholder="km" />
          </Form.Item>
          <Form.Item name="fieldCode" label={t('result.field')}>
            <Select<string>
              allowClear
              options={(reference.data?.fields ?? []).map((f) => ({
                value: f.code ?? '',
                label: nameOf(f),
              }))}
            />
          </Form.Item>
          <Form.Item name="basis" label={t('gap.basis')}>
            <Input maxLength={300} />
          </Form.Item>
        </Form>
        <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      </Modal>
    </Card>
  );
}
