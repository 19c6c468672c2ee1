import { SwapOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Flex,
  Form,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';

import { useCriteriaSets } from '../api/get-criteria-sets';
import { useCriteriaSetDiff } from '../api/get-diff';
import { versionRef, type CriteriaSetDiff } from '../api/types';
import { useCatalogueT, type CatalogueT } from '../i18n';

type ChangeKind =
  | 'criterionAdded'
  | 'criterionRemoved'
  | 'criterionRenamed'
  | 'indicatorAdded'
  | 'indicatorRemoved'
  | 'indicatorRenamed'
  | 'thresholdChanged'
  | 'departmentChanged'
  | 'ruleChanged';

export type DiffRow = {
  key: string;
  kind: ChangeKind;
  code: string;
  from: string | null;
  to: string | null;
};

const COLORS: Record<ChangeKind, string> = {
  criterionAdded: 'green',
  indicatorAdded: 'green',
  criterionRemoved: 'red',
  indicatorRemoved: 'red',
  criterionRenamed: 'blue',
  indicatorRenamed: 'blue',
  thresholdChanged: 'orange',
  departmentChanged: 'purple',
  ruleChanged: 'magenta',
};

/** The service's diff as rows: what one version has (left) against what the other has (right). */
export function diffRows(diff: CriteriaSetDiff, t: CatalogueT, language: 'vi' | 'en'): DiffRow[] {
  const rows: DiffRow[] = [];
  const push = (
    kind: ChangeKind,
    code: string | undefined,
    from: string | null,
    to: string | null,
  ) => rows.push({ key: `${kind}-${rows.length}`, kind, code: code ?? '', from, to });
  const item = (i: { nameVi?: string; criterionCode?: string }) =>
    `${i.nameVi ?? ''}${i.criterionCode ? ` ${t('diff.ofCriterion', { code: i.criterionCode })}` : ''}`;
  const renamed = (r: {
    fromNameVi?: string;
    toNameVi?: string;
    fromNameEn?: string;
    toNameEn?: string;
  }) =>
    language === 'en' && (r.fromNameEn || r.toNameEn) && r.fromNameVi === r.toNameVi
      ? [r.fromNameEn ?? null, r.toNameEn ?? null]
      : [r.fromNameVi ?? null, r.toNameVi ?? null];
  for (const c of diff.criteriaAdded ?? []) push('criterionAdded', c.code, null, item(c));
  for (const c of diff.criteriaRemoved ?? []) push('criterionRemoved', c.code, item(c), null);
  for (const r of diff.criteriaRenamed ?? []) {
    const [from, to] = renamed(r);
    push('criterionRenamed', r.code, from ?? null, to ?? null);
  }
  for (const i of diff.indicatorsAdded ?? []) push('indicatorAdded', i.code, null, item(i));
  for (const i of diff.indicatorsRemoved ?? []) push('indicatorRemoved', i.code, item(i), null);
  for (const r of diff.indicatorsRenamed ?? []) {
    const [from, to] = renamed(r);
    push('indicatorRenamed', r.code, from ?? null, to ?? null);
  }
  for (const th of diff.thresholdsChanged ?? []) {
    const who = th.communeClass ? ` (${t('tree.classLabel', { class: th.communeClass })})` : '';
    push('thresholdChanged', `${th.indicatorCode ?? ''}${who}`, th.from ?? null, th.to ?? null);
  }
  for (const d of diff.departmentsReassigned ?? []) {
    push('departmentChanged', d.criterionCode, d.fromDepartment ?? null, d.toDepartment ?? null);
  }
  if (diff.recognitionRuleChanged) {
    push(
      'ruleChanged',
      '',
      diff.recognitionRuleChanged.from ?? null,
      diff.recognitionRuleChanged.to ?? null,
    );
  }
  return rows;
}

/** Two versions side by side: criteria and indicators added, removed, renamed; thresholds changed. */
export function DiffPage() {
  const t = useCatalogueT();
  const [language] = useLanguage();
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const sets = useCriteriaSets();
  const diff = useCriteriaSetDiff(from, to);
  const [kind, setKind] = useState<ChangeKind | 'all'>('all');

  const options = (sets.data?.items ?? []).flatMap((set) =>
    (set.versions ?? []).map((version) => ({
      value: versionRef(set.code ?? '', version.version ?? 1),
      label: `${set.code} v${version.version} — ${version.status ? t(`status.${version.status as 'DRAFT'}`) : ''}${version.legalBasisNumber ? ` · ${version.legalBasisNumber}` : ''}`,
    })),
  );
  const pick = (which: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(which, value);
    setParams(next, { replace: true });
  };
  const rows = useMemo(
    () => (diff.data ? diffRows(diff.data, t, language) : []),
    [diff.data, t, language],
  );
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const shown = kind === 'all' ? rows : rows.filter((row) => row.kind === kind);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={paths.catalogue}>{t('title')}</Link> },
          { title: t('diff.title') },
        ]}
      />
      <PageHeader title={t('diff.title')} />
      <Form layout="vertical">
        <Flex gap={12} wrap align="end">
          <Form.Item label={t('diff.from')} style={{ flex: '1 1 320px', marginBottom: 12 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={from ?? undefined}
              onChange={(value: string) => pick('from', value)}
              options={options}
              loading={sets.isPending}
              aria-label={t('diff.from')}
            />
          </Form.Item>
          <Button
            icon={<SwapOutlined />}
            disabled={!from || !to}
            style={{ marginBottom: 12 }}
            onClick={() => setParams({ from: to ?? '', to: from ?? '' }, { replace: true })}
          >
            {t('diff.swap')}
          </Button>
          <Form.Item label={t('diff.to')} style={{ flex: '1 1 320px', marginBottom: 12 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={to ?? undefined}
              onChange={(value: string) => pick('to', value)}
              options={options}
              loading={sets.isPending}
              aria-label={t('diff.to')}
            />
          </Form.Item>
        </Flex>
      </Form>
      {!from || !to ? (
        <Alert type="info" showIcon title={t('diff.pick')} />
      ) : diff.isPending ? (
        <ListLoading />
      ) : diff.isError ? (
        <ListError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : rows.length === 0 ? (
        <Alert type="success" showIcon title={t('diff.same')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text strong>{t('diff.summary', { count: rows.length })}</Typography.Text>
          <Segmented<ChangeKind | 'all'>
            aria-label={t('diff.filter')}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: t('diff.all') },
              ...kinds.map((value) => ({ value, label: t(`diff.${value}`) })),
            ]}
            style={{ flexWrap: 'wrap', maxWidth: '100%' }}
          />
          <Table<DiffRow>
            rowKey="key"
            size="small"
            dataSource={shown}
            pagination={false}
            scroll={{ x: 760 }}
            columns={[
              {
                key: 'kind',
                title: t('diff.change'),
                width: 190,
                render: (_, row) => <Tag color={COLORS[row.kind]}>{t(`diff.${row.kind}`)}</Tag>,
              },
              { key: 'code', title: t('diff.code'), width: 120, dataIndex: 'code' },
              {
                key: 'from',
                title: from,
                render: (_, row) =>
                  row.from ?? (
                    <Typography.Text type="secondary">{t('diff.absent')}</Typography.Text>
                  ),
                onCell: (row) =>
                  row.from !== null && row.to !== null ? { style: { background: '#fff1f0' } } : {},
              },
              {
                key: 'to',
                title: to,
                render: (_, row) =>
                  row.to ?? <Typography.Text type="secondary">{t('diff.absent')}</Typography.Text>,
                onCell: (row) =>
                  row.from !== null && row.to !== null ? { style: { background: '#f6ffed' } } : {},
              },
            ]}
          />
        </Flex>
      )}
    </>
  );
}
