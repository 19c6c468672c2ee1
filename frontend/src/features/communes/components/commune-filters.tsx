import { Button, Checkbox, Flex, Input, InputNumber, Select } from 'antd';
import { useId } from 'react';

import { useVocabulary } from '@/components/ntm-tags';
import { YearSelect } from '@/components/year-select';
import { LAST_DISTRICT_YEAR } from '@/config/programme';
import { useTexts } from '@/lib/i18n/feature-texts';

import { communesTexts } from '../i18n';

import type { CommuneFilters } from './commune-rows';

const LEVELS = ['NONE', 'BASIC', 'ADVANCED', 'MODEL'] as const;
const STATES = [
  'NONE',
  'DRAFT',
  'SUBMITTED',
  'IN_APPRAISAL',
  'APPRAISED',
  'RECOGNISED',
  'RETURNED',
] as const;

function Labelled({
  label,
  children,
}: {
  label: string;
  children: (id: string) => React.ReactNode;
}) {
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

export type Filters = CommuneFilters & { district?: string | undefined };

/** Year, district (province roles), level, workflow state, criteria met, pilot, name. */
export function CommuneFiltersBar({
  year,
  onYear,
  filters,
  onChange,
  districts,
}: {
  year: number;
  onYear: (year: number) => void;
  filters: Filters;
  onChange: (next: Filters) => void;
  /** Null: the user's own district only, no choice. */
  districts: { code: string; name: string }[] | null;
}) {
  const t = useTexts(communesTexts);
  const { label } = useVocabulary();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <section aria-label={t('filters.label')} style={{ marginBottom: 16 }}>
      <Flex wrap gap="middle" align="flex-end">
        <YearSelect
          label={t('filters.year')}
          value={year}
          onChange={onYear}
          lastYear={LAST_DISTRICT_YEAR}
        />
        {districts ? (
          <Labelled label={t('filters.district')}>
            {(id) => (
              <Select
                id={id}
                style={{ width: 200 }}
                value={filters.district ?? ''}
                onChange={(district: string) => set({ district: district || undefined })}
                options={[
                  { value: '', label: t('filters.allDistricts') },
                  ...districts.map((d) => ({ value: d.code, label: d.name })),
                ]}
              />
            )}
          </Labelled>
        ) : null}
        <Labelled label={t('filters.level')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: 170 }}
              value={filters.level ?? ''}
              onChange={(level: string) => set({ level: level || undefined })}
              options={[
                { value: '', label: t('filters.anyLevel') },
                ...LEVELS.map((level) => ({ value: level, label: label('level', level) })),
              ]}
            />
          )}
        </Labelled>
        <Labelled label={t('filters.state')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: 180 }}
              value={filters.state ?? ''}
              onChange={(state: string) => set({ state: state || undefined })}
              options={[
                { value: '', label: t('filters.anyState') },
                ...STATES.map((state) => ({ value: state, label: label('state', state) })),
              ]}
            />
          )}
        </Labelled>
        <Labelled label={t('filters.minMet')}>
          {(id) => (
            <InputNumber<number>
              id={id}
              min={0}
              max={40}
              style={{ width: 120 }}
              value={filters.minMet ?? null}
              onChange={(value) => set({ minMet: value ?? undefined })}
            />
          )}
        </Labelled>
        <Labelled label={t('filters.search')}>
          {(id) => (
            <Input.Search
              id={id}
              allowClear
              style={{ width: 220 }}
              defaultValue={filters.q}
              onSearch={(q) => set({ q: q || undefined })}
            />
          )}
        </Labelled>
        <Checkbox
          checked={filters.pilot === true}
          onChange={(e) => set({ pilot: e.target.checked || undefined })}
        >
          {t('filters.pilot')}
        </Checkbox>
        <Button onClick={() => onChange({ district: districts ? undefined : filters.district })}>
          {t('filters.reset')}
        </Button>
      </Flex>
    </section>
  );
}
