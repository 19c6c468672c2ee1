import type { components } from '@/types/api';

type Schemas = components['schemas'];

export type SetSummary = Schemas['SetSummary'];
export type VersionSummary = Schemas['VersionSummary'];
export type CriteriaSetDocument = Schemas['CriteriaSetDocument'];
export type CriteriaSetVersion = Schemas['CriteriaSetVersion'];
export type GroupDocument = Schemas['GroupDocument'];
export type CriterionDocument = Schemas['CriterionDocument'];
export type IndicatorDocument = Schemas['IndicatorDocument'];
export type ThresholdDocument = Schemas['ThresholdDocument'];
export type Provenance = Schemas['Provenance'];
export type ProvenanceStatus = Schemas['ProvenanceStatus'];
export type IndicatorKind = Schemas['IndicatorKind'];
export type Comparator = NonNullable<ThresholdDocument['comparator']>;
export type CriteriaSetDiff = Schemas['CriteriaSetDiff'];
export type EvaluationView = Schemas['EvaluationView'];
export type Department = Schemas['DepartmentView'];
export type SetLevel = NonNullable<CriteriaSetDocument['level']>;
export type VersionStatus = NonNullable<CriteriaSetDocument['status']>;

export const PROVENANCE_STATUSES = [
  'SOURCED',
  'RECONSTRUCTED',
  'NOT_FOUND',
  'VERIFIED',
] as const satisfies readonly ProvenanceStatus[];
export const INDICATOR_KINDS = [
  'BOOLEAN',
  'PERCENT',
  'NUMBER',
  'LEVEL',
] as const satisfies readonly IndicatorKind[];
export const COMPARATORS = [
  '>=',
  '<=',
  '=',
  'between',
  'achieved',
  'none',
] as const satisfies readonly Comparator[];
export const SET_LEVELS = ['BASIC', 'ADVANCED', 'MODEL'] as const satisfies readonly SetLevel[];
export const VERSION_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'RETIRED',
] as const satisfies readonly VersionStatus[];

/** A version as read, with the ETag every change must send back as If-Match. */
export type VersionWithEtag = { document: CriteriaSetVersion; etag: string };

/** `code:version`, the way the diff endpoint names a version. */
export const versionRef = (code: string, version: number) => `${code}:${version}`;

export function parseVersionRef(ref: string | null): { code: string; version: number } | null {
  const match = ref ? /^(.+):(\d+)$/.exec(ref) : null;
  return match?.[1] && match[2] ? { code: match[1], version: Number(match[2]) } : null;
}
