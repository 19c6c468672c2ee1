import { DiffOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ListEmpty, QueryList } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useLanguage } from '@/hooks/use-language';
import { useCan } from '@/lib/auth/can';

import { useCriteriaSets, type CriteriaSetFilter } from '../api/get-criteria-sets';
import {
  SET_LEVELS,
  VERSION_STATUSES,
  type SetLevel,
  type SetSummary,
  type VersionStatus,
} from '../api/types';
import { useCatalogueT } from '../i18n';

import { CreateSetDialog } from './create-set-dialog';
import { ImportDialog } from './import-dialog';
import { VersionStatusTag } from './version-status-tag';

/** Every criteria set with its versions (status, legal basis, level, period); the office's actions. */
export function CriteriaSetsPage() {
  const t = useCatalogueT();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const canEdit = useCan('catalogue:edit');
  const [filter, setFilter] = useState<CriteriaSetFilter>({});
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const query = useCriteriaSets(filter);
  const filtered = !!filter.level || !!filter.status;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        extra={
          <>
            {canEdit ? (
              <>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                  {t('sets.create')}
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
                  {t('sets.import')}
                </Button>
              </>
            ) : null}
            <Button icon={<DiffOutlined />} onClick={() => void navigate(paths.catalogueDiff())}>
              {t('sets.compare')}
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('sets.filterStatus')}
          style={{ minWidth: 200 }}
          value={filter.status ?? 'ALL'}
          onChange={(value) =>
            setFilter(({ status: _, ...rest }) =>
              value === 'ALL' ? rest : { ...rest, status: value as VersionStatus },
            )
          }
          options={[
            { value: 'ALL', label: t('sets.allStatuses') },
            ...VERSION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <Select
          aria-label={t('sets.filterLevel')}
          style={{ minWidth: 200 }}
          value={filter.level ?? 'ALL'}
          onChange={(value) =>
            setFilter(({ level: _, ...rest }) =>
              value === 'ALL' ? rest : { ...rest, level: value as SetLevel },
            )
          }
          options={[
            { value: 'ALL', label: t('sets.allLevels') },
            ...SET_LEVELS.map((value) => ({ value, label: t(`level.${value}`) })),
          ]}
        />
      </Flex>
      <QueryList
        query={query}
        isEmpty={(page) => (page.items ?? []).length === 0}
        empty={<ListEmpty description={filtered ? t('sets.emptyFiltered') : t('sets.empty')} />}
      >
        {(page) => (
          <Table<SetSummary>
            rowKey={(set) => set.code ?? ''}
            dataSource={page.items ?? []}
            pagination={false}
            scroll={{ x: 800 }}
            columns={[
              {
                key: 'name',
                title: t('sets.name'),
                render: (_, set) => (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>
                      {(language === 'en' ? set.nameEn : set.nameVi) || set.nameVi}
                    </Typography.Text>
                    <Typography.Text type="secondary" code>
                      {set.code}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'level',
                title: t('sets.level'),
                width: 160,
                render: (_, set) =>
                  set.level && (SET_LEVELS as readonly string[]).includes(set.level)
                    ? t(`level.${set.level as 'BASIC'}`)
                    : set.level,
              },
              {
                key: 'versions',
                title: t('sets.versions'),
                width: 380,
                render: (_, set) => (
                  <Flex vertical gap={4}>
                    {(set.versions ?? []).map((version) => (
                      <Space key={version.version} wrap size={4}>
                        <Link to={paths.catalogueVersion(set.code ?? '', version.version ?? 1)}>
                          {t('sets.versionLink', { version: version.version })}
                        </Link>
                        <VersionStatusTag status={version.status} />
                        {version.legalBasisNumber ? (
                          <Typography.Text type="secondary">
                            {version.legalBasisNumber}
                          </Typography.Text>
                        ) : null}
                        {version.period ? (
                          <Typography.Text type="secondary">· {version.period}</Typography.Text>
                        ) : null}
                      </Space>
                    ))}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {set.latestPublishedVersion
                        ? t('sets.latestPublished', { version: set.latestPublishedVersion })
                        : t('sets.noPublished')}
                    </Typography.Text>
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryList>
      {dialog === 'create' ? <CreateSetDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog onClose={() => setDialog(null)} /> : null}
    </>
  );
}
