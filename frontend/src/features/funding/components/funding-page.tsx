import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ListEmpty, ListError } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { FIRST_YEAR, LAST_DISTRICT_DAY } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useUnitNames } from '@/hooks/use-unit-names';
import { yearOptions } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  PAGE_SIZE,
  useAllocations,
  useCapitalPlans,
  type Allocation,
  type CapitalPlan,
  type PlanStatus,
} from '../api/funding';
import { fundingTexts } from '../i18n';

import { FundingReports } from './funding-reports';

const STATUSES: readonly PlanStatus[] = ['DRAFT', 'APPROVED', 'SUPERSEDED'];
const STATUS_COLOURS: Record<string, string> = {
  DRAFT: 'default',
  APPROVED: 'green',
  SUPERSEDED: 'orange',
};

export function PlanStatusTag({ status }: { status: string | undefined }) {
  const t = useTexts(fundingTexts);
  if (!status) return null;
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'}>
      {(STATUSES as readonly string[]).includes(status)
        ? t(`status.${status as PlanStatus}`)
        : status}
    </Tag>
  );
}

function useParam(key: string): [string | undefined, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  return [
    params.get(key) ?? undefined,
    (value) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          if (key !== 'page') next.delete('page');
          return next;
        },
        { replace: true },
      ),
  ];
}

/** Funding: the capital plans, the allocations made from them, and the reports (tab in the address). */
export function FundingPage() {
  const t = useTexts(fundingTexts);
  const user = useUser();
  const [tab, setTab] = useParam('tab');
  const canEdit = useCan('funding:edit');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={user.districtCode ? t('titleDistrict') : t('title')}
        description={t('intro')}
        extra={
          canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(paths.fundingPlanNew)}
            >
              {t('plans.new')}
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab ?? 'plans'}
        onChange={(key) => setTab(key === 'plans' ? undefined : key)}
        items={[
          { key: 'plans', label: t('tabs.plans'), children: <PlansList /> },
          { key: 'allocations', label: t('tabs.allocations'), children: <AllocationsList /> },
          { key: 'reports', label: t('tabs.reports'), children: <FundingReports /> },
        ]}
      />
    </>
  );
}

function YearFilter({ value, onChange }: { value?: string; onChange: (v?: string) => void }) {
  const t = useTexts(fundingTexts);
  return (
    <Select<string>
      aria-label={t('year')}
      style={{ width: 130 }}
      value={value ?? ''}
      onChange={(v) => onChange(v || undefined)}
      options={[
        { value: '', label: t('allYears') },
        ...yearOptions(new Date().getFullYear() + 1)
          .filter((y) => y >= FIRST_YEAR)
          .map((y) => ({ value: String(y), label: String(y) })),
      ]}
    />
  );
}

function PlansList() {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const [year, setYear] = useParam('year');
  const [status, setStatus] = useParam('status');
  const [pageText, setPage] = useParam('page');
  const page = Math.max(0, Number(pageText ?? 0) || 0);
  const query = useCapitalPlans({
    year: year ? Number(year) : undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '')
      ? (status as PlanStatus)
      : undefined,
    page,
  });
  return (
    <Card>
      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
        <YearFilter value={year} onChange={setYear} />
        <Select<string>
          aria-label={t('plans.status')}
          style={{ minWidth: 170 }}
          value={status ?? ''}
          onChange={(v) => setStatus(v || undefined)}
          options={[
            { value: '', label: t('anyStatus') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </Flex>
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<CapitalPlan>
          rowKey={(p) => String(p.id)}
          loading={query.isPending || (query.isFetching && query.isPlaceholderData)}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <ListEmpty description={t('plans.empty')} /> }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('plans.count', { total: format.number(total) }),
            onChange: (next) => setPage(next > 1 ? String(next - 1) : undefined),
          }}
          columns={[
            {
              key: 'title',
              title: t('plans.title'),
              render: (_, p) => (
                <Link to={paths.fundingPlan(p.id ?? 0)}>
                  {p.title || `#${p.id ?? ''}`}
                  {p.revisionNo ? ` (${t('plans.revision', { no: p.revisionNo })})` : ''}
                </Link>
              ),
            },
            {
              key: 'unit',
              title: t('plans.unit'),
              render: (_, p) => (
                <>
                  {p.unit?.name ?? p.unit?.code}
                  {p.unit?.districtName && p.unit.level === 'COMMUNE' ? (
                    <Typography.Text type="secondary"> · {p.unit.districtName}</Typography.Text>
                  ) : null}
                </>
              ),
            },
            { key: 'year', title: t('plans.year'), render: (_, p) => p.year },
            {
              key: 'total',
              title: t('plans.total'),
              align: 'right',
              render: (_, p) => format.money(p.total ?? 0),
            },
            {
              key: 'status',
              title: t('plans.status'),
              render: (_, p) => <PlanStatusTag status={p.status} />,
            },
            {
              key: 'decision',
              title: t('plans.decision'),
              render: (_, p) =>
                p.decision?.number
                  ? `${p.decision.number}${p.decision.date ? ` (${format.date(p.decision.date)})` : ''}`
                  : '—',
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Allocations to communes, across plans (a plan's own are on its page). */
export function AllocationTable({
  query,
  page,
  onPage,
  showSource = true,
}: {
  query: ReturnType<typeof useAllocations>;
  page: number;
  onPage: (page: number) => void;
  showSource?: boolean;
}) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<Allocation>
      rowKey={(a) => String(a.id)}
      loading={query.isPending || (query.isFetching && query.isPlaceholderData)}
      dataSource={query.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <ListEmpty description={t('allocations.empty')} /> }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('allocations.count', { total: format.number(total) }),
        onChange: (next) => onPage(next - 1),
      }}
      columns={[
        {
          key: 'recipient',
          title: t('allocations.recipient'),
          render: (_, a) => (
            <Link
              to={paths.fundingAllocation(a.id ?? 0)}
              aria-label={t('allocations.open', { id: a.id ?? '' })}
            >
              {a.recipientName ?? a.recipientCode}
            </Link>
          ),
        },
        ...(showSource
          ? [
              {
                key: 'source',
                title: t('allocations.source'),
                render: (_: unknown, a: Allocation) => a.sourceCode,
              },
            ]
          : []),
        {
          key: 'amount',
          title: t('allocations.amount'),
          align: 'right' as const,
          render: (_, a) => (
            <>
              {format.money(a.amount ?? 0)}
              {a.reverses ? (
                <div>
                  <Typography.Text type="secondary">
                    {t('allocations.reversal', { id: a.reverses })}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        {
          key: 'disbursed',
          title: t('allocations.disbursed'),
          align: 'right' as const,
          render: (_, a) => format.money(a.balance?.disbursed ?? 0),
        },
        {
          key: 'available',
          title: t('allocations.available'),
          align: 'right' as const,
          render: (_, a) => format.money(a.balance?.available ?? 0),
        },
        {
          key: 'date',
          title: t('allocations.date'),
          render: (_, a) => (a.date ? format.date(a.date) : ''),
        },
        { key: 'doc', title: t('allocations.document'), render: (_, a) => a.documentRef ?? '—' },
      ]}
    />
  );
}

function AllocationsList() {
  const [year, setYear] = useParam('year');
  const [pageText, setPage] = useParam('page');
  const [recipient, setRecipient] = useParam('recipient');
  const t = useTexts(fundingTexts);
  const user = useUser();
  const communes = useUnitNames('COMMUNE', LAST_DISTRICT_DAY);
  const page = Math.max(0, Number(pageText ?? 0) || 0);
  const query = useAllocations({
    year: year ? Number(year) : undefined,
    recipientCode: recipient,
    page,
  });
  return (
    <Card>
      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
        <YearFilter value={year} onChange={setYear} />
        <Select<string>
          aria-label={t('allocations.recipient')}
          style={{ minWidth: 220 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('allocations.recipient')}
          value={recipient}
          onChange={(v) => setRecipient(v || undefined)}
          options={[...communes]
            .filter(([code]) => !user.unitCode || code === user.unitCode)
            .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))}
        />
      </Flex>
      <AllocationTable
        query={query}
        page={page}
        onPage={(next) => setPage(next > 0 ? String(next) : undefined)}
      />
    </Card>
  );
}
