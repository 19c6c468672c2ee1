import type { DistrictDashboard } from '../api/get-district-dashboard';

/** One line of a commune list: a district dashboard's commune, with its district and pilot flag. */
export type CommuneRow = {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  level: string;
  pilot: boolean;
  latestAssessmentId: number | null;
  latestState: string | null;
  assessmentYear: number | null;
  criteriaMet: number | null;
  criteriaAgreed: number | null;
  criteriaTotal: number | null;
  standardReached: boolean | null;
  disbursed: number | null;
};

export function communeRows(dashboard: DistrictDashboard): CommuneRow[] {
  const pilots = new Set(dashboard.pilots ?? []);
  return (dashboard.communes ?? []).map((c) => {
    const a = c.assessment;
    const code = c.unitCode ?? a?.unitCode ?? '';
    return {
      code,
      name: c.unitName ?? a?.unitName ?? code,
      districtCode: dashboard.districtCode ?? '',
      districtName: dashboard.districtName ?? '',
      level: a?.level ?? 'NONE',
      pilot: a?.pilot === true || pilots.has(code),
      latestAssessmentId: a?.latestAssessmentId ?? null,
      latestState: a?.latestState ?? null,
      assessmentYear: a?.assessmentYear ?? null,
      criteriaMet: a?.criteriaMet ?? null,
      criteriaAgreed: a?.criteriaAgreed ?? null,
      criteriaTotal: a?.criteriaTotal ?? null,
      standardReached: a?.standardReached ?? null,
      disbursed: c.funding?.disbursed ?? null,
    };
  });
}

export type CommuneFilters = {
  level?: string | undefined;
  state?: string | undefined;
  minMet?: number | undefined;
  pilot?: boolean | undefined;
  q?: string | undefined;
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The filters of the commune list; "NONE" as a state means "no assessment yet". */
export function filterCommunes(rows: readonly CommuneRow[], f: CommuneFilters): CommuneRow[] {
  const q = f.q?.trim() ? fold(f.q.trim()) : null;
  return rows.filter(
    (row) =>
      (!f.level || row.level === f.level) &&
      (!f.state || (f.state === 'NONE' ? row.latestState === null : row.latestState === f.state)) &&
      (f.minMet === undefined || (row.criteriaMet ?? -1) >= f.minMet) &&
      (!f.pilot || row.pilot) &&
      (!q || fold(row.name).includes(q) || row.code.includes(q)),
  );
}

export const LEVEL_ORDER: Record<string, number> = { NONE: 0, BASIC: 1, ADVANCED: 2, MODEL: 3 };
export const STATE_ORDER: Record<string, number> = {
  DRAFT: 1,
  RETURNED: 2,
  SUBMITTED: 3,
  IN_APPRAISAL: 4,
  APPRAISED: 5,
  RECOGNISED: 6,
};
