import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ListError } from '@/components/list-state';
import { StateTag, useVocabulary } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { FIRST_YEAR, LAST_DISTRICT_YEAR, referenceDateOf } from '@/config/programme';
import { useCommuneNames } from '@/hooks/use-commune-names';
import { useFormat } from '@/hooks/use-format';
import { useUnitNames } from '@/hooks/use-unit-names';
import { useUser } from '@/lib/auth/auth-context';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useAssessments, type AssessmentSummary } from '../api/get-assessments';
import { assessmentsTexts } from '../i18n';

import { NewAssessmentDialog } from './new-assessment-dialog';

const STATES = [
  'DRAFT',
  'SUBMITTED',
  'IN_APPRAISAL',
  'APPRAISED',
  'RECOGNISED',
  'RETURNED',
] as const;
const PAGE_SIZE = 50;

function Filter({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id} style={{ fontSize: 13 }}>
        {label}
      </label>
      {children(id)}
    </Flex>
  );
}

/**
 * The assessments the user's scope covers, newest year first, filtered by year, state and district.
 * `bulk` (the coordinator's bulk transitions) gets the selected rows; `link` says where a row opens.
 */
export function AssessmentList({
  bulk,
  link = paths.assessment,
}: {
  bulk?: ((selected: AssessmentSummary[], clear: () => void) => ReactNode) | undefined;
  link?: (id: number) => string;
}) {
  const t = useTexts(assessmentsTexts);
  const user = useUser();
  const format = useFormat();
  const { label } = useVocabulary();
  const canCreate = useCan('assessments:edit');
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<AssessmentSummary[]>([]);
  const year = Number(params.get('year')) || undefined;
  const state = params.get('state') ?? undefined;
  const district = params.get('district') ?? undefined;
  const page = Math.max(0, Number(params.get('page')) || 0);
  const query = useAssessments({ year, state, districtCode: district, page, size: PAGE_SIZE });
  const items = query.data?.items ?? [];
  const nameOf = useCommuneNames(items.map((a) => a.year ?? 2020));
  const districtNames = useUnitNames(
    'DISTRICT',
    referenceDateOf(Math.min(year ?? 2020, LAST_DISTRICT_YEAR)),
  );
  const provinceWide =
    !user.roles.includes('district-officer') && !user.roles.includes('commune-officer');

  const set = (key: string, value: string | undefined) => {
    setSelected([]);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(key, value);
        else copy.delete(key);
        if (key !== 'page') copy.delete('page');
        return copy;
      },
      { replace: true },
    );
  };
  const years = Array.from(
    { length: new Date().getFullYear() - FIRST_YEAR + 1 },
    (_, i) => new Date().getFullYear() - i,
  );

  return (
    <>
      <PageHeader
        title={user.roles.includes('commune-officer') ? t('list.titleCommune') : t('list.title')}
        description={t('list.intro')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('list.new')}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap="middle" align="flex-end" style={{ marginBottom: 16 }}>
        <Filter label={t('list.year')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: 130 }}
              value={year ?? 0}
              onChange={(v: number) => set('year', v ? String(v) : undefined)}
              options={[
                { value: 0, label: t('list.anyYear') },
                ...years.map((y) => ({ value: y, label: String(y) })),
              ]}
            />
          )}
        </Filter>
        <Filter label={t('list.state')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: 180 }}
              value={state ?? ''}
              onChange={(v: string) => set('state', v || undefined)}
              options={[
                { value: '', label: t('list.anyState') },
                ...STATES.map((s) => ({ value: s, label: label('state', s) })),
              ]}
            />
          )}
        </Filter>
        {provinceWide ? (
          <Filter label={t('list.district')}>
            {(id) => (
              <Select
                id={id}
                style={{ width: 200 }}
                value={district ?? ''}
                onChange={(v: string) => set('district', v || undefined)}
                options={[
                  { value: '', label: t('list.anyDistrict') },
                  ...[...districtNames.entries()]
                    .sort((a, b) => a[1].localeCompare(b[1], 'vi'))
                    .map(([code, name]) => ({ value: code, label: name })),
                ]}
              />
            )}
          </Filter>
        ) : null}
      </Flex>
      {bulk && selected.length > 0 ? (
        <div style={{ marginBottom: 16 }}>{bulk(selected, () => setSelected([]))}</div>
      ) : null}
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<AssessmentSummary>
          size="small"
          loading={query.isFetching}
          rowKey={(a) => String(a.id)}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('list.empty') }}
          title={() => (
            <Typography.Text type="secondary">
              {t('list.total', { count: query.data?.total ?? 0 })}
              {selected.length > 0 ? ` · ${t('list.selected', { count: selected.length })}` : null}
            </Typography.Text>
          )}
          rowSelection={
            bulk
              ? {
                  selectedRowKeys: selected.map((a) => String(a.id)),
                  onChange: (_, rows) => setSelected(rows),
                }
              : undefined
          }
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (p) => set('page', String(p - 1)),
          }}
          columns={[
            {
              key: 'commune',
              title: t('list.commune'),
              render: (_, a) => {
                const name = nameOf(a.unitCode ?? '', a.year ?? 2020) ?? a.unitCode;
                return (
                  <Link to={link(a.id ?? 0)} aria-label={t('list.open', { name, year: a.year })}>
                    {name} <Typography.Text type="secondary">{a.unitCode}</Typography.Text>
                  </Link>
                );
              },
            },
            ...(provinceWide
              ? [
                  {
                    key: 'district',
                    title: t('list.district'),
                    render: (_: unknown, a: AssessmentSummary) =>
                      a.districtCode ? (districtNames.get(a.districtCode) ?? a.districtCode) : '—',
                  },
                ]
              : []),
            { key: 'year', title: t('list.year'), dataIndex: 'year' },
            {
              key: 'set',
              title: t('list.set'),
              render: (_, a) => `${a.criteriaSetCode} v${a.criteriaSetVersion}`,
            },
            {
              key: 'state',
              title: t('list.state'),
              render: (_, a) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  <StateTag state={a.state} />
                  {(a.round ?? 1) > 1 ? (
                    <Typography.Text type="secondary">
                      {t('list.round', { round: a.round })}
                    </Typography.Text>
                  ) : null}
                </span>
              ),
            },
            {
              key: 'criteria',
              title: t('list.criteria'),
              align: 'right',
              render: (_, a) => `${a.criteriaMet ?? 0}/${a.criteriaTotal ?? 0}`,
            },
            {
              key: 'agreed',
              title: t('list.agreed'),
              align: 'right',
              render: (_, a) => a.criteriaAgreed ?? 0,
            },
            {
              key: 'updated',
              title: t('list.updated'),
              render: (_, a) => (a.updatedAt ? format.dateTime(a.updatedAt) : '—'),
            },
          ]}
        />
      )}
      {canCreate ? (
        <NewAssessmentDialog open={creating} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}
