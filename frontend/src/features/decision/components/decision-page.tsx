import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { decisionTexts } from '../i18n';

import { ForecastPanel } from './forecast-panel';
import { GapCostsPanel } from './gap-costs-panel';
import { ProposalPanel } from './proposal-panel';
import { ScenariosPanel } from './scenarios-panel';
import { readsProvince } from './shared';
import { WhatIfPanel } from './what-if-panel';

type TabKey = 'proposal' | 'scenarios' | 'gapCosts' | 'whatIf' | 'forecast';

/**
 * Decision support (issue 9): the province's offices see every tab; a district its own ranking,
 * gap costs and what-if (the gateway narrows each answer to the caller's scope).
 */
export function DecisionPage() {
  const t = useTexts(decisionTexts);
  const user = useUser();
  const province = readsProvince(user);
  const [params, setParams] = useSearchParams();
  const tabs: { key: TabKey; show: boolean; children: React.ReactNode }[] = [
    { key: 'proposal', show: province, children: <ProposalPanel /> },
    { key: 'scenarios', show: province, children: <ScenariosPanel /> },
    { key: 'gapCosts', show: true, children: <GapCostsPanel /> },
    { key: 'whatIf', show: true, children: <WhatIfPanel /> },
    { key: 'forecast', show: province, children: <ForecastPanel /> },
  ];
  const shown = tabs.filter((tab) => tab.show);
  const asked = params.get('tab');
  const active = shown.find((tab) => tab.key === asked)?.key ?? shown[0]?.key;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) =>
          setParams(
            (current) => {
              const copy = new URLSearchParams(current);
              copy.set('tab', key);
              return copy;
            },
            { replace: true },
          )
        }
        items={shown.map((tab) => ({
          key: tab.key,
          label: t(`tabs.${tab.key}`),
          children: tab.children,
        }))}
      />
    </>
  );
}
