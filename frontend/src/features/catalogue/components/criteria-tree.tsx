import {
  DeleteOutlined,
  EditOutlined,
  ExclamationCircleFilled,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Button,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';

import { ListEmpty } from '@/components/list-state';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';

import { PROVENANCE_STATUSES, type CriteriaSetDocument, type ProvenanceStatus } from '../api/types';
import { useCatalogueT } from '../i18n';
import {
  allRowKeys,
  buildTree,
  provenanceCounts,
  type NodePath,
  type TreeRow,
} from '../utils/version-tree';

import { useDepartmentName } from './department-select';
import { PROVENANCE_COLORS, ProvenanceTag } from './provenance-tag';
import { thresholdText } from './threshold-text';

type Props = {
  document: CriteriaSetDocument;
  /** Coordinator on a draft: edit, add and remove buttons. */
  editable: boolean;
  /** Publication defects by tree row key. */
  defectsByRow: ReadonlyMap<string, string[]>;
  onEdit: (path: NodePath) => void;
  onAdd: (parent: NodePath | null) => void;
  onRemove: (path: NodePath) => void;
  removing?: boolean;
};

/**
 * Groups → criteria → indicators → thresholds, with the provenance of every value at a glance and a
 * filter for one provenance ("only reconstructed") and a search.
 */
export function CriteriaTree({
  document,
  editable,
  defectsByRow,
  onEdit,
  onAdd,
  onRemove,
  removing,
}: Props) {
  const t = useCatalogueT();
  const format = useFormat();
  const [language] = useLanguage();
  const departmentName = useDepartmentName();
  const [provenance, setProvenance] = useState<ProvenanceStatus | null>(null);
  const [search, setSearch] = useState('');
  const rows = useMemo(
    () => buildTree(document, { provenance, search }),
    [document, provenance, search],
  );
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const counts = useMemo(() => provenanceCounts(document), [document]);
  const expandedRowKeys = allRowKeys(rows).filter((key) => !collapsed.has(key));
  const number = (value: number) => format.number(value, { maximumFractionDigits: 4 });
  const name = (node: { nameVi?: string; nameEn?: string }) =>
    (language === 'en' ? node.nameEn : node.nameVi) || node.nameVi || node.nameEn || '';

  const codeOf = (row: TreeRow) =>
    row.kind === 'group'
      ? row.group.code
      : row.kind === 'criterion'
        ? row.criterion.code
        : row.indicator.code;
  const whatOf = (row: TreeRow) => `${t(`tree.${row.kind}`)} ${codeOf(row) ?? ''}`.trim();

  const columns: ColumnsType<TreeRow> = [
    {
      key: 'code',
      title: t('tree.code'),
      width: 120,
      render: (_, row) => {
        const defects = defectsByRow.get(row.key);
        return (
          <Space size={4}>
            <Typography.Text strong={row.kind !== 'indicator'}>{codeOf(row)}</Typography.Text>
            {defects ? (
              <Tooltip title={defects.join(' · ')}>
                <ExclamationCircleFilled
                  style={{ color: '#cf1322' }}
                  role="img"
                  aria-label={`${t('defects.marker')}: ${defects.join(' · ')}`}
                />
              </Tooltip>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'name',
      title: t('tree.name'),
      render: (_, row) => {
        if (row.kind === 'group')
          return <Typography.Text strong>{name(row.group)}</Typography.Text>;
        if (row.kind === 'criterion')
          return <Typography.Text strong>{name(row.criterion)}</Typography.Text>;
        const indicator = row.indicator;
        return (
          <Flex vertical gap={4}>
            <span>{name(indicator)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[indicator.kind ? t(`kind.${indicator.kind}`) : null, indicator.unit]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'threshold',
      title: t('tree.threshold'),
      width: 260,
      render: (_, row) => {
        if (row.kind !== 'indicator') return null;
        const thresholds = row.indicator.thresholds ?? [];
        if (thresholds.length === 0) return <Tag color="red">{t('tree.noThreshold')}</Tag>;
        return (
          <Flex vertical gap={4}>
            {thresholds.map((threshold, index) => (
              <Flex key={index} gap={6} align="center" wrap>
                <span>{thresholdText(threshold, t, number)}</span>
                <ProvenanceTag provenance={threshold.provenance} />
              </Flex>
            ))}
          </Flex>
        );
      },
    },
    {
      key: 'department',
      title: t('tree.department'),
      width: 180,
      responsive: ['md'],
      render: (_, row) =>
        row.kind === 'criterion' ? departmentName(row.criterion.departmentCode) : null,
    },
    {
      key: 'provenance',
      title: t('tree.provenance'),
      width: 130,
      render: (_, row) =>
        row.kind === 'group' ? null : (
          <ProvenanceTag
            provenance={
              row.kind === 'criterion' ? row.criterion.provenance : row.indicator.provenance
            }
          />
        ),
    },
  ];

  if (editable) {
    columns.push({
      key: 'actions',
      title: t('tree.actions'),
      width: 150,
      render: (_, row) => (
        <Space size={0} wrap>
          {row.kind !== 'group' ? (
            <Tooltip title={row.kind === 'indicator' ? t('tree.editThresholds') : t('tree.edit')}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={`${t('tree.edit')} ${whatOf(row)}`}
                onClick={() => onEdit(row.path)}
              />
            </Tooltip>
          ) : null}
          {row.kind !== 'indicator' ? (
            <Tooltip title={row.kind === 'group' ? t('tree.addCriterion') : t('tree.addIndicator')}>
              <Button
                type="text"
                icon={<PlusOutlined />}
                aria-label={`${row.kind === 'group' ? t('tree.addCriterion') : t('tree.addIndicator')}: ${whatOf(row)}`}
                onClick={() => onAdd(row.path)}
              />
            </Tooltip>
          ) : null}
          <Popconfirm
            title={t('tree.removeConfirm', { what: whatOf(row) })}
            okText={t('tree.remove')}
            cancelText={t('editor.cancel')}
            okButtonProps={{ danger: true, loading: removing }}
            onConfirm={() => onRemove(row.path)}
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('tree.remove')} ${whatOf(row)}`}
            />
          </Popconfirm>
        </Space>
      ),
    });
  }

  const filtered = !!provenance || !!search.trim();

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" aria-label={t('tree.summary')} role="group">
        <Typography.Text type="secondary">{t('tree.summary')}:</Typography.Text>
        {PROVENANCE_STATUSES.map((status) => (
          <Tag key={status} color={PROVENANCE_COLORS[status]}>
            {t('tree.summaryItem', {
              label: t(`provenance.${status}`),
              n: format.number(counts[status]),
            })}
          </Tag>
        ))}
        {counts.none > 0 ? (
          <Tag>
            {t('tree.summaryItem', { label: t('provenance.none'), n: format.number(counts.none) })}
          </Tag>
        ) : null}
      </Flex>
      <Flex gap={8} wrap align="center">
        <Select<ProvenanceStatus | 'ALL'>
          aria-label={t('tree.filter')}
          value={provenance ?? 'ALL'}
          onChange={(value) => {
            setProvenance(value === 'ALL' ? null : value);
            setCollapsed(new Set());
          }}
          style={{ minWidth: 220 }}
          options={[
            { value: 'ALL', label: `${t('tree.filter')}: ${t('tree.filterAll')}` },
            ...PROVENANCE_STATUSES.map((status) => ({
              value: status,
              label: `${t('tree.filter')}: ${t(`provenance.${status}`)}`,
            })),
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('tree.search')}
          aria-label={t('tree.search')}
          onSearch={setSearch}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 280 }}
        />
        <Button onClick={() => setCollapsed(new Set())}>{t('tree.expandAll')}</Button>
        <Button
          onClick={() =>
            setCollapsed(
              new Set(rows.flatMap((row) => ('children' in row ? allRowKeys(row.children) : []))),
            )
          }
        >
          {t('tree.collapseAll')}
        </Button>
        {editable ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() => onAdd(null)}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('tree.addGroup')}
          </Button>
        ) : null}
      </Flex>
      {rows.length === 0 ? (
        <ListEmpty description={filtered ? t('tree.emptyFiltered') : t('tree.empty')} />
      ) : (
        <Table<TreeRow>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 900 }}
          expandable={{
            expandedRowKeys,
            onExpand: (expanded, row) =>
              setCollapsed((previous) => {
                const next = new Set(previous);
                if (expanded) next.delete(row.key);
                else next.add(row.key);
                return next;
              }),
          }}
          onRow={(row) => (defectsByRow.has(row.key) ? { style: { background: '#fff1f0' } } : {})}
        />
      )}
    </Flex>
  );
}
