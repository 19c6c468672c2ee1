import { Button, Card, Collapse, Flex, Progress, Space, Typography } from 'antd';
import { useState } from 'react';

import { TargetStatusTag, useVocabulary } from '@/components/ntm-tags';
import { SectionTitle } from '@/components/section-title';
import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import type { Target } from '../api/get-province-dashboard';
import { dashboardTexts } from '../i18n';

import { CommuneFactsDrawer, type FactGroup } from './commune-facts-drawer';

type Plan = components['schemas']['Plan'];

const STROKE: Record<string, string> = {
  MET: '#389e0d',
  ON_TRACK: '#1677ff',
  AT_RISK: '#d48806',
  MISSED: '#cf1322',
};

/** Each target of the plans covering the year: progress, status, and the communes behind it. */
export function TargetsSection({ plans, year }: { plans: readonly Plan[]; year: number }) {
  const t = useTexts(dashboardTexts);
  const format = useFormat();
  const { label } = useVocabulary();
  const [open, setOpen] = useState<{ target: Target; group: FactGroup } | null>(null);

  const summary = (target: Target) => {
    const p = target.progress;
    const date = p?.evaluatedAt ? format.date(p.evaluatedAt) : '';
    if (target.kind === 'RECOGNISED_COUNT') {
      return t('targets.recognisedCount', {
        value: p?.value ?? 0,
        required: p?.required ?? target.minimum ?? 0,
        level: label('level', target.level),
        date,
      });
    }
    return t('targets.minCriteria', {
      value: p?.value ?? 0,
      required: p?.required ?? 0,
      population: label('level', target.populationLevel),
      minimum: target.minimum ?? 0,
      date,
    });
  };

  return (
    <Card title={<SectionTitle>{t('targets.title')}</SectionTitle>}>
      {plans.length === 0 ? (
        <Typography.Text type="secondary">{t('targets.none', { year })}</Typography.Text>
      ) : null}
      {plans.map((plan) => (
        <section key={plan.code} aria-label={plan.title}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('targets.plan', { code: plan.code, from: plan.startYear, to: plan.endYear })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{plan.title}</Typography.Paragraph>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(plan.targets ?? []).map((target) => {
              const p = target.progress;
              const status = p?.status ?? 'NOT_EVALUABLE';
              const required = p?.required ?? 0;
              const value = p?.value ?? 0;
              const percent = required > 0 ? Math.min(100, (value / required) * 100) : 0;
              return (
                <li
                  key={target.code}
                  data-testid={`target-${target.code}`}
                  style={{ borderTop: '1px solid #f0f0f0', padding: '16px 0' }}
                >
                  <Flex justify="space-between" align="flex-start" gap="middle" wrap>
                    <Typography.Text strong style={{ flex: '1 1 320px' }}>
                      {target.description}
                    </Typography.Text>
                    <TargetStatusTag status={status} />
                  </Flex>
                  {status === 'NOT_EVALUABLE' ? (
                    <Typography.Paragraph style={{ marginTop: 8 }}>
                      {t('targets.notEvaluableBody', { set: target.criteriaSetCode ?? '' })}
                    </Typography.Paragraph>
                  ) : (
                    <>
                      <Progress
                        percent={percent}
                        strokeColor={STROKE[status]}
                        format={() => t('targets.progress', { value, required })}
                        aria-label={t('targets.progressLabel', { value, required })}
                        style={{ maxWidth: 480, marginTop: 8 }}
                      />
                      <Typography.Paragraph style={{ marginBottom: 8 }}>
                        {summary(target)}
                      </Typography.Paragraph>
                    </>
                  )}
                  <Space wrap size="small">
                    {(['counted', 'inPipeline', 'outstanding'] as const).map((group) => (
                      <Button key={group} size="small" onClick={() => setOpen({ target, group })}>
                        {t(`targets.${group}`, { count: p?.[group]?.length ?? 0 })}
                      </Button>
                    ))}
                  </Space>
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 13 }}>
                    {target.deadline
                      ? t('targets.deadline', { date: format.date(target.deadline) })
                      : null}
                    {target.source ? ` · ${t('targets.source', { source: target.source })}` : null}
                  </Typography.Paragraph>
                  {p?.reason ? (
                    <Collapse
                      size="small"
                      ghost
                      items={[
                        {
                          key: 'reason',
                          label: t('targets.serverReason'),
                          children: <span lang="en">{p.reason}</span>,
                        },
                      ]}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <CommuneFactsDrawer
        target={open?.target ?? null}
        group={open?.group ?? 'counted'}
        year={year}
        onGroupChange={(group) => setOpen((current) => (current ? { ...current, group } : null))}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
