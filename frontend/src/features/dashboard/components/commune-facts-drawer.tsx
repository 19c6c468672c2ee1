import { Drawer, Tabs, Typography } from 'antd';
import { Link } from 'react-router';

import { ListEmpty } from '@/components/list-state';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import type { CommuneFact, Target } from '../api/get-province-dashboard';
import { dashboardTexts } from '../i18n';

export type FactGroup = 'counted' | 'inPipeline' | 'outstanding';

/** The communes behind one target's number, in its three groups, each linked to its scorecard. */
export function CommuneFactsDrawer({
  target,
  year,
  group,
  onGroupChange,
  onClose,
}: {
  target: Target | null;
  year: number;
  group: FactGroup;
  onGroupChange: (group: FactGroup) => void;
  onClose: () => void;
}) {
  const t = useTexts(dashboardTexts);
  const canOpenCommunes = useCan('communes:view');
  const progress = target?.progress;
  const list = (facts: readonly CommuneFact[] | undefined, help: string) => (
    <>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {facts && facts.length > 0 ? (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {facts.map((fact) => (
            <li key={fact.unitCode} style={{ marginBottom: 8 }}>
              {canOpenCommunes && fact.unitCode ? (
                <Link to={`${paths.commune(fact.unitCode)}?year=${year}`}>
                  {fact.unitName} ({fact.unitCode})
                </Link>
              ) : (
                `${fact.unitName ?? ''} (${fact.unitCode ?? ''})`
              )}
              {fact.detail ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  {fact.detail}
                </Typography.Text>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <ListEmpty description={t('targets.noCommunes')} />
      )}
    </>
  );
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={t('targets.drawerTitle', { target: target?.description ?? '' })}
      size="large"
    >
      <Tabs
        activeKey={group}
        onChange={(key) => onGroupChange(key as FactGroup)}
        items={[
          {
            key: 'counted',
            label: t('targets.counted', { count: progress?.counted?.length ?? 0 }),
            children: list(progress?.counted, t('targets.countedHelp')),
          },
          {
            key: 'inPipeline',
            label: t('targets.inPipeline', { count: progress?.inPipeline?.length ?? 0 }),
            children: list(progress?.inPipeline, t('targets.inPipelineHelp')),
          },
          {
            key: 'outstanding',
            label: t('targets.outstanding', { count: progress?.outstanding?.length ?? 0 }),
            children: list(progress?.outstanding, t('targets.outstandingHelp')),
          },
        ]}
      />
    </Drawer>
  );
}
