import { Select, Space, Typography } from 'antd';
import { useCallback, useId, useMemo } from 'react';

import { LAST_DISTRICT_YEAR, referenceDateOf } from '@/config/programme';
import { useLanguage } from '@/hooks/use-language';
import { useUnitNames } from '@/hooks/use-unit-names';
import type { AuthUser } from '@/lib/auth/auth-user';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useCriteriaSets } from '../api/decision';
import { decisionTexts } from '../i18n';

type Named = { code?: string | null; nameVi?: string | null; nameEn?: string | null };

/** A source's or field's name in the reader's language (Vietnamese when it has no English one). */
export function useNameOf() {
  const [lang] = useLanguage();
  return useCallback(
    (o: Named) => (lang === 'en' ? o.nameEn : o.nameVi) ?? o.nameVi ?? o.code ?? '',
    [lang],
  );
}

/** The services decide; these only keep buttons that would answer 403 out of sight. */
export const decidesBudget = (user: AuthUser) =>
  user.roles.includes('coordinator') || user.roles.includes('finance-planner');
export const readsProvince = (user: AuthUser) =>
  decidesBudget(user) || user.roles.includes('observer');
export const setsUnitCosts = (user: AuthUser) => user.roles.includes('coordinator');
export const recordsEstimates = (user: AuthUser) =>
  user.roles.includes('coordinator') || user.roles.includes('district-officer');

/** The advanced commune set the office plans with (2018–2020), else the first published set. */
export function useDefaultSetCode(): string | undefined {
  const sets = useCriteriaSets();
  return useMemo(() => {
    const items = sets.data?.items ?? [];
    const published = items.filter((s) => s.latestPublishedVersion !== undefined);
    return (
      published.find((s) => s.code?.includes('nang-cao-xa'))?.code ??
      published.find((s) => s.level === 'ADVANCED')?.code ??
      published[0]?.code
    );
  }, [sets.data]);
}

export function SetSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const t = useTexts(decisionTexts);
  const sets = useCriteriaSets();
  const id = useId();
  return (
    <Space>
      <Typography.Text id={id}>{t('criteriaSet')}</Typography.Text>
      <Select<string>
        aria-labelledby={id}
        style={{ minWidth: 320 }}
        loading={sets.isPending}
        value={value}
        placeholder={t('chooseSet')}
        onChange={onChange}
        showSearch={{ optionFilterProp: 'label' }}
        options={(sets.data?.items ?? []).map((s) => ({
          value: s.code ?? '',
          label: s.nameVi ? `${s.nameVi} (${s.code ?? ''})` : (s.code ?? ''),
        }))}
      />
    </Space>
  );
}

export function DistrictSelect({
  year,
  value,
  onChange,
}: {
  year: number;
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const t = useTexts(decisionTexts);
  const districts = useUnitNames('DISTRICT', referenceDateOf(Math.min(year, LAST_DISTRICT_YEAR)));
  const id = useId();
  return (
    <Space>
      <Typography.Text id={id}>{t('district')}</Typography.Text>
      <Select<string>
        aria-labelledby={id}
        style={{ minWidth: 200 }}
        value={value}
        placeholder={t('chooseDistrict')}
        onChange={onChange}
        showSearch={{ optionFilterProp: 'label' }}
        options={[...districts].map(([code, name]) => ({ value: code, label: name }))}
      />
    </Space>
  );
}

/** Commune names of a year, for the pinned/excluded pickers and tables. */
export function useCommuneOptions(year: number) {
  const names = useUnitNames('COMMUNE', referenceDateOf(Math.min(year, LAST_DISTRICT_YEAR)));
  return useMemo(
    () =>
      [...names]
        .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [names],
  );
}
