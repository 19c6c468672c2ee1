import { Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';

import { ListError } from '@/components/list-state';
import { StateTag, useVocabulary } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCommuneNames } from '@/hooks/use-commune-names';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useAppraisalQueue,
  useAssessmentDetails,
  type AssessmentSummary,
  type QueueTab,
} from '../api/get-appraisal-queue';
import { appraisalTexts } from '../i18n';

const same = (a?: string | null, b?: string | null) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * What waits for appraisal. A department appraiser sees, for each assessment, how many of its own
 * criteria still wait for its verdict; the office sees how many criteria are agreed so far.
 */
export function AppraisalQueue() {
  const t = useTexts(appraisalTexts);
  const user = useUser();
  const { label } = useVocabulary();
  const [tab, setTab] = useState<QueueTab>('waiting');
  const queue = useAppraisalQueue(tab);
  const department = user.roles.includes('department-appraiser') ? user.departmentCode : undefined;
  const waitingIds = department
    ? queue.items
        .filter((a) => a.state === 'SUBMITTED' || a.state === 'IN_APPRAISAL')
        .slice(0, 50)
        .map((a) => a.id ?? 0)
    : [];
  const details = useAssessmentDetails(waitingIds);
  const nameOf = useCommuneNames(queue.items.map((a) => a.year ?? 2020));
  const name = (a: AssessmentSummary) =>
    nameOf(a.unitCode ?? '', a.year ?? 2020) ?? a.unitCode ?? '';

  const mine = (id: number) => {
    const detail = details[waitingIds.indexOf(id)]?.data;
    if (!detail) return null;
    const own = (detail.evaluation?.criteria ?? []).filter((c) =>
      same(c.departmentCode, department),
    );
    const judged = new Set((detail.verdicts ?? []).map((v) => v.criterionCode));
    return { total: own.length, pending: own.filter((c) => !judged.has(c.code)).length };
  };
  const link = (id: number) =>
    department ? paths.appraisalOf(id) : `${paths.assessment(id)}?tab=appraisal`;

  return (
    <>
      <PageHeader
        title={department ? t('queue.titleDepartment') : t('queue.title')}
        description={
          department
            ? t('queue.introDepartment', { department: label('department', department) })
            : t('queue.intro')
        }
      />
      <Segmented<QueueTab>
        value={tab}
        onChange={setTab}
        style={{ marginBottom: 16 }}
        options={[
          { value: 'waiting', label: t('queue.waiting') },
          { value: 'appraised', label: t('queue.appraised') },
          { value: 'all', label: t('queue.all') },
        ]}
      />
      {queue.error ? (
        <ListError error={queue.error} onRetry={queue.refetch} />
      ) : (
        <Table<AssessmentSummary>
          size="small"
          loading={queue.isPending}
          rowKey={(a) => String(a.id)}
          dataSource={queue.items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('queue.empty') }}
          columns={[
            {
              key: 'commune',
              title: t('queue.commune'),
              render: (_, a) => (
                <Link
                  to={link(a.id ?? 0)}
                  aria-label={t('queue.open', { name: name(a), year: a.year })}
                >
                  {name(a)} <Typography.Text type="secondary">{a.unitCode}</Typography.Text>
                </Link>
              ),
            },
            { key: 'year', title: t('queue.year'), dataIndex: 'year' },
            {
              key: 'state',
              title: t('queue.state'),
              render: (_, a) => <StateTag state={a.state} />,
            },
            department
              ? {
                  key: 'mine',
                  title: t('queue.mine'),
                  align: 'right' as const,
                  render: (_: unknown, a: AssessmentSummary) => {
                    const m = mine(a.id ?? 0);
                    return m ? t('queue.mineValue', m) : '—';
                  },
                }
              : {
                  key: 'agreed',
                  title: t('queue.agreed'),
                  align: 'right' as const,
                  render: (_: unknown, a: AssessmentSummary) =>
                    `${a.criteriaAgreed ?? 0}/${a.criteriaTotal ?? 0}`,
                },
          ]}
        />
      )}
    </>
  );
}
