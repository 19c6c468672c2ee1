import type { components } from '@/types/api';

import type { AuthUser } from './auth-user';
import { can } from './permissions';

type Assessment = Pick<
  components['schemas']['Assessment'],
  'state' | 'districtCode' | 'unitCode' | 'evaluation' | 'verdicts'
>;

/**
 * Which workflow steps the SPA offers on one assessment, mirroring assessment-service's rules
 * (docs/decisions/0020, 0021): the state allows the step and the user's role and scope cover the
 * commune on the assessment's reference date. The service decides again on every request.
 */
const EDITABLE = ['DRAFT', 'RETURNED'];
const RETURNABLE = ['SUBMITTED', 'IN_APPRAISAL', 'APPRAISED'];
const APPRAISABLE = ['SUBMITTED', 'IN_APPRAISAL'];

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** A district edits its communes' assessments; a commune its own. */
export function inEditingScope(user: AuthUser, a: Assessment): boolean {
  if (user.roles.includes('district-officer')) return same(user.districtCode, a.districtCode);
  if (user.roles.includes('commune-officer')) return same(user.unitCode, a.unitCode);
  return false;
}

export function canEditValues(user: AuthUser, a: Assessment): boolean {
  return (
    can(user, 'assessments:edit') && EDITABLE.includes(a.state ?? '') && inEditingScope(user, a)
  );
}

/**
 * Districts submit their communes' assessments while districts existed; from 1 July 2025 (no
 * district on the assessment) the commune submits its own. The coordinator may submit any.
 */
export function canSubmit(user: AuthUser, a: Assessment): boolean {
  if (!EDITABLE.includes(a.state ?? '')) return false;
  if (user.roles.includes('coordinator')) return true;
  if (user.roles.includes('district-officer'))
    return can(user, 'assessments:submit') && same(user.districtCode, a.districtCode);
  if (user.roles.includes('commune-officer'))
    return !a.districtCode && same(user.unitCode, a.unitCode);
  return false;
}

export function canReturn(user: AuthUser, a: Assessment): boolean {
  return can(user, 'assessments:return') && RETURNABLE.includes(a.state ?? '');
}

/** Whether the recognise step is offered at all (APPRAISED, coordinator). */
export function canRecordRecognition(user: AuthUser, a: Assessment): boolean {
  return can(user, 'recognition:record') && a.state === 'APPRAISED';
}

/** Why recognition would be refused now (empty: it can go ahead), as the service judges it. */
export function recognitionBlockers(a: Assessment): {
  disagreeing: string[];
  standardReached: boolean;
} {
  const disagreeing = (a.verdicts ?? [])
    .filter((v) => v.verdict === 'DISAGREE')
    .map((v) => v.criterionCode ?? '');
  return { disagreeing, standardReached: a.evaluation?.standardReached === true };
}

/** A department appraises the criteria it owns in the assessment's snapshot, while appraisal is open. */
export function canAppraise(
  user: AuthUser,
  a: Assessment,
  criterionDepartment: string | null | undefined,
): boolean {
  return (
    can(user, 'appraisal:appraise') &&
    APPRAISABLE.includes(a.state ?? '') &&
    same(user.departmentCode, criterionDepartment)
  );
}

export function isEditableState(state: string | null | undefined): boolean {
  return EDITABLE.includes(state ?? '');
}
