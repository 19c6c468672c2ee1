import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { ProblemAlert } from '@/components/problem-alert';
import { YearSelect } from '@/components/year-select';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useCompareScenarios,
  useDecideScenario,
  useExportScenario,
  useFundingReference,
  useScenario,
  useScenarios,
} from '../api/decision';
import type { Scenario, ScenarioComparison, ScenarioStatus, ScenarioSummary } from '../api/types';
import { decisionTexts } from '../i18n';

import { decidesBudget, useNameOf } from './shared';

const STATUS_COLOURS: Record<ScenarioStatus, string> = {
  PROPOSED: 'processing',
  ACCEPTED: 'success',
  REJECTED: 'default',
};

function useIdParam(name: string): [number | null, (id: number | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(name));
  const id = Number.isSafeInteger(raw) && raw > 0 ? raw : null;
  const set = (next: number | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === null) copy.delete(name);
        else copy.set(name, String(next));
        return copy;
      },
      { replace: true },
    );
  return [id, set];
}

/** Kept scenarios of a year: open one (accept → draft allocations, reject, Excel), compare two. */
export function ScenariosPanel() {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [year, setYear] = useYearParam(new Date().getFullYear() + 1);
  const scenarios = useScenarios({ year });
  const [a, setA] = useIdParam('a');
  const [b, setB] = useIdParam('b');
  const m = (v: number) => format.moneyAmount(v, 'million');
  const items = scenarios.data ?? [];
  const options = items.map((s) => ({ value: s.id, label: `${s.id} — ${s.title}` }));
  const labelA = useId();
  const labelB = useId();

  return (
    <Flex vertical gap={16}>
      <Card title={t('scenarios.title')}>
        <Flex gap={16} wrap align="center" role="search" style={{ marginBottom: 16 }}>
          <YearSelect
            label={t('year')}
            value={year}
            onChange={setYear}
            lastYear={new Date().getFullYear() + 1}
          />
        </Flex>
        {scenarios.isPending ? (
          <ListLoading />
        ) : scenarios.isError ? (
          <ListError error={scenarios.error} onRetry={() => void scenarios.refetch()} />
        ) : items.length === 0 ? (
          <ListEmpty description={t('scenarios.empty')} />
        ) : (
          <Table<ScenarioSummary>
            size="small"
            rowKey="id"
            dataSource={items}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('scenarios.id'), dataIndex: 'id', width: 70 },
              { title: t('scenarios.name'), dataIndex: 'title' },
              {
                title: t('scenarios.status'),
                dataIndex: 'status',
                render: (s: ScenarioStatus) => (
                  <Tag color={STATUS_COLOURS[s]}>{t(`scenarios.statuses.${s}`)}</Tag>
                ),
              },
              {
                title: t('scenarios.budget'),
                dataIndex: 'budgetTotal',
                align: 'right',
                render: (v: number) => m(v),
              },
              {
                title: t('scenarios.proposed'),
                dataIndex: 'proposedTotal',
                align: 'right',
                render: (v: number) => m(v),
              },
              { title: t('scenarios.createdBy'), dataIndex: 'createdBy' },
              {
                title: '',
                key: 'open',
                render: (_, s) => (
                  <Button
                    size="small"
                    onClick={() => setA(s.id)}
                    aria-label={`${t('scenarios.open')} ${s.id}`}
                  >
                    {t('scenarios.open')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {a !== null ? <ScenarioDetail id={a} /> : null}
      <Card title={t('scenarios.compare')}>
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <Space>
            <Typography.Text id={labelA}>{t('scenarios.compareA')}</Typography.Text>
            <Select<number>
              aria-labelledby={labelA}
              style={{ minWidth: 260 }}
              value={a ?? undefined}
              onChange={setA}
              options={options}
            />
          </Space>
          <Space>
            <Typography.Text id={labelB}>{t('scenarios.compareB')}</Typography.Text>
            <Select<number>
              aria-labelledby={labelB}
              style={{ minWidth: 260 }}
              value={b ?? undefined}
              onChange={setB}
              options={options}
            />
          </Space>
        </Flex>
        {a !== null && b !== null && a !== b ? (
          <Comparison a={a} b={b} />
        ) : (
          <Typography.Text type="secondary">{t('scenarios.compareHint')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}

function Comparison({ a, b }: { a: number; b: number }) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const compare = useCompareScenarios(a, b);
  const reference = useFundingReference();
  const nameOf = useNameOf();
  const sourceNames = useMemo(
    () => new Map((reference.data?.sources ?? []).map((s) => [s.code ?? '', nameOf(s)])),
    [reference.data, nameOf],
  );
  if (compare.isPending) return <ListLoading />;
  if (compare.isError)
    return <ListError error={compare.error} onRetry={() => void compare.refetch()} />;
  const c: ScenarioComparison = compare.data;
  const m = (v: number) => format.moneyAmount(v, 'million');
  const yn = (v: boolean) => (v ? t('yes') : t('no'));
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph>{lang === 'vi' ? c.summaryVi : c.summaryEn}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        aria-label={t('scenarios.compare')}
        dataSource={[
          { key: 'title', label: t('scenarios.name'), a: c.a.title, b: c.b.title },
          {
            key: 'budget',
            label: t('scenarios.budget'),
            a: m(c.a.budgetTotal),
            b: m(c.b.budgetTotal),
          },
          {
            key: 'proposed',
            label: t('scenarios.proposed'),
            a: m(c.a.proposedTotal),
            b: m(c.b.proposedTotal),
          },
          {
            key: 'reached',
            label: t('scenarios.communesReached'),
            a: String(c.a.communesReached ?? '—'),
            b: String(c.b.communesReached ?? '—'),
          },
          {
            key: 'criteria',
            label: t('scenarios.criteriaClosed'),
            a: String(c.a.criteriaClosed ?? '—'),
            b: String(c.b.criteriaClosed ?? '—'),
          },
        ]}
        columns={[
          { title: '', dataIndex: 'label' },
          { title: `A — ${c.a.id}`, dataIndex: 'a', align: 'right' },
          { title: `B — ${c.b.id}`, dataIndex: 'b', align: 'right' },
        ]}
      />
      <Table
        size="small"
        rowKey="unitCode"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={c.communes}
        columns={[
          { title: t('result.communeCol'), dataIndex: 'name' },
          {
            title: t('scenarios.change'),
            dataIndex: 'change',
            render: (v: ScenarioComparison['communes'][number]['change']) => (
              <Tag color={v === 'SAME' ? 'default' : v === 'DIFFERENT' ? 'warning' : 'processing'}>
                {t(`scenarios.changes.${v}`)}
              </Tag>
            ),
          },
          { title: t('scenarios.amountA'), dataIndex: 'amountA', align: 'right', render: m },
          { title: t('scenarios.amountB'), dataIndex: 'amountB', align: 'right', render: m },
          { title: t('scenarios.reachesA'), dataIndex: 'reachesA', render: yn },
          { title: t('scenarios.reachesB'), dataIndex: 'reachesB', render: yn },
          {
            title: t('scenarios.criteriaA'),
            dataIndex: 'criteriaA',
            render: (v: string[]) => v.join(', '),
          },
          {
            title: t('scenarios.criteriaB'),
            dataIndex: 'criteriaB',
            render: (v: string[]) => v.join(', '),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="sourceCode"
        pagination={false}
        dataSource={c.sources}
        columns={[
          {
            title: t('scenarios.sourceCol'),
            dataIndex: 'sourceCode',
            render: (code: string) => sourceNames.get(code) || code,
          },
          { title: t('scenarios.amountA'), dataIndex: 'amountA', align: 'right', render: m },
          { title: t('scenarios.amountB'), dataIndex: 'amountB', align: 'right', render: m },
        ]}
      />
    </Flex>
  );
}

function ScenarioDetail({ id }: { id: number }) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const { message } = App.useApp();
  const user = useUser();
  const query = useScenario(id);
  const accept = useDecideScenario('accept');
  const reject = useDecideScenario('reject');
  const exporter = useExportScenario();
  const [asking, setAsking] = useState<'accept' | 'reject' | null>(null);
  const [justAccepted, setJustAccepted] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const { scenario, etag } = query.data;
  const m = (v: number) => format.moneyAmount(v, 'million');
  const names = new Map((scenario.result?.communes ?? []).map((c) => [c.unitCode, c.name]));
  const mutation = asking === 'reject' ? reject : accept;

  async function decide() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const kind = asking;
    try {
      const decided: Scenario = await mutation.mutateAsync({ id, etag, reason: values.reason });
      setAsking(null);
      form.resetFields();
      if (kind === 'accept') {
        setJustAccepted(true);
        void message.success(t('scenarios.accepted', { count: decided.lines.length }));
      } else {
        void message.success(t('scenarios.rejected'));
      }
    } catch {
      // The modal shows the problem.
    }
  }

  return (
    <Card
      title={t('scenarios.detail', { id: scenario.id, title: scenario.title })}
      extra={
        <Space wrap>
          {decidesBudget(user) && scenario.status === 'PROPOSED' ? (
            <>
              <Button type="primary" onClick={() => setAsking('accept')}>
                {t('scenarios.accept')}
              </Button>
              <Button danger onClick={() => setAsking('reject')}>
                {t('scenarios.reject')}
              </Button>
            </>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            aria-label={t('scenarios.export')}
            onClick={() =>
              exporter.mutate(scenario.id, {
                onSuccess: (file) => void message.success(t('exported', { file: file.fileName })),
              })
            }
          >
            {t('exportExcel')}
          </Button>
        </Space>
      }
    >
      {exporter.error ? <ProblemAlert error={exporter.error} /> : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'status',
            label: t('scenarios.status'),
            children: (
              <Tag color={STATUS_COLOURS[scenario.status]}>
                {t(`scenarios.statuses.${scenario.status}`)}
              </Tag>
            ),
          },
          { key: 'budget', label: t('scenarios.budget'), children: m(scenario.budgetTotal) },
          { key: 'proposed', label: t('scenarios.proposed'), children: m(scenario.proposedTotal) },
          {
            key: 'decided',
            label: t('scenarios.createdBy'),
            children: scenario.decidedBy
              ? t('scenarios.decided', {
                  by: scenario.decidedBy,
                  at: scenario.decidedAt ? format.dateTime(scenario.decidedAt) : '',
                })
              : scenario.createdBy,
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {lang === 'vi' ? scenario.summaryVi : scenario.summaryEn}
      </Typography.Paragraph>
      {scenario.status === 'ACCEPTED' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            justAccepted
              ? t('scenarios.accepted', { count: scenario.lines.length })
              : t('scenarios.created')
          }
          description={<Link to={paths.funding}>{t('scenarios.toFunding')}</Link>}
        />
      ) : null}
      <Table
        size="small"
        rowKey="lineNo"
        aria-label={scenario.status === 'ACCEPTED' ? t('scenarios.created') : t('result.lines')}
        dataSource={scenario.lines}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'lineNo', width: 50 },
          {
            title: t('result.communeCol'),
            dataIndex: 'recipientCode',
            render: (code: string) => names.get(code) ?? code,
          },
          { title: t('result.criterion'), dataIndex: 'criterionCode' },
          { title: t('result.field'), dataIndex: 'fieldCode' },
          { title: t('proposal.source'), dataIndex: 'sourceCode' },
          { title: t('result.cost'), dataIndex: 'amount', align: 'right', render: m },
          {
            title: t('scenarios.status'),
            dataIndex: 'status',
            render: (s: Scenario['lines'][number]['status']) => t(`scenarios.lineStatuses.${s}`),
          },
        ]}
      />
      <Modal
        open={asking !== null}
        title={
          asking === 'reject'
            ? t('scenarios.reject')
            : t('scenarios.acceptTitle', { id: scenario.id })
        }
        okText={asking === 'reject' ? t('scenarios.reject') : t('scenarios.accept')}
        okButtonProps={{ danger: asking === 'reject' }}
        confirmLoading={mutation.isPending}
        onOk={() => void decide()}
        onCancel={() => {
          setAsking(null);
          accept.reset();
          reject.reset();
        }}
        destroyOnHidden
      >
        {asking === 'accept' ? (
          <Typography.Paragraph>{t('scenarios.acceptBody')}</Typography.Paragraph>
        ) : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={asking === 'reject' ? t('scenarios.rejectReason') : t('scenarios.reason')}
            rules={
              asking === 'reject'
                ? [{ required: true, whitespace: true, message: t('scenarios.rejectRequired') }]
                : []
            }
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
        <ProblemAlert error={mutation.error} />
      </Modal>
    </Card>
  );
}
