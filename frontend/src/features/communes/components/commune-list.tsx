import { Alert } from 'antd';
import { useMemo } from 'react';

import { ListError } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { LAST_DISTRICT_YEAR } from '@/config/programme';
import { useUnits } from '@/hooks/use-unit-names';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useDistrictDashboards } from '../api/get-district-dashboard';
import { communesTexts } from '../i18n';

import { CommuneFiltersBar } from './commune-filters';
import { communeRows, filterCommunes } from './commune-rows';
import { CommuneTable } from './commune-table';
import { useCommuneFilters } from './use-commune-filters';

/** The last day districts existed, for years that end after it. */
const districtDate = (year: number) => (year >= 2025 ? '2025-06-30' : `${year}-12-31`);

/**
 * Every commune of the year, district by district (a district officer sees its own), filtered by
 * level, pilot, criteria met and workflow state, sortable, each linked to its scorecard.
 */
export function CommuneList() {
  const t = useTexts(communesTexts);
  const user = useUser();
  const [year, setYear] = useYearParam(LAST_DISTRICT_YEAR);
  const [filters, setFilters] = useCommuneFilters();
  const ownDistrict = user.roles.includes('district-officer') ? (user.districtCode ?? null) : null;
  const districtsQuery = useUnits('DISTRICT', districtDate(year));
  const districts = useMemo(
    () =>
      (districtsQuery.data?.items ?? [])
        .filter((d) => d.code)
        .map((d) => ({ code: d.code!, name: d.name ?? d.code! }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [districtsQuery.data],
  );
  const codes = ownDistrict
    ? [ownDistrict]
    : filters.district
      ? [filters.district]
      : districts.map((d) => d.code);
  const results = useDistrictDashboards(codes, year);
  const loading = (!ownDistrict && districtsQuery.isPending) || results.some((r) => r.isPending);
  const failed = results.filter((r) => r.isError);
  const rows = results.flatMap((r) => (r.data ? communeRows(r.data) : []));
  const shown = filterCommunes(rows, filters);

  return (
    <>
      <PageHeader
        title={ownDistrict ? t('list.titleDistrict') : t('list.title')}
        description={t('list.intro', { year })}
      />
      <CommuneFiltersBar
        year={year}
        onYear={setYear}
        filters={filters}
        onChange={setFilters}
        districts={ownDistrict ? null : districts}
      />
      {districtsQuery.isError ? (
        <ListError error={districtsQuery.error} onRetry={() => void districtsQuery.refetch()} />
      ) : null}
      {failed.length > 0 && failed.length === results.length ? (
        <ListError
          error={failed[0]!.error}
          onRetry={() => failed.forEach((r) => void r.refetch())}
        />
      ) : failed.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('list.partial', { count: failed.length })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {failed.length === results.length && results.length > 0 ? null : (
        <CommuneTable
          rows={shown}
          year={year}
          showDistrict={!ownDistrict}
          loading={loading}
          caption={t('list.count', { shown: shown.length, total: rows.length })}
        />
      )}
    </>
  );
}
