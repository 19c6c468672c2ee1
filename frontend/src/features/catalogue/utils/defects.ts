import type { FieldProblem } from '@/lib/api-problem';

import type { CriteriaSetDocument } from '../api/types';

import { rowKey, type NodePath } from './version-tree';

/** What a publication defect points at, read from its JSON path (`groups[1].criteria[0]…`). */
export type DefectTarget =
  | { kind: 'version'; section: 'general' | 'legalBasis' | 'recognitionRule'; field: string }
  | { kind: 'group'; path: NodePath & { kind: 'group' }; field: string }
  | { kind: 'criterion'; path: NodePath & { kind: 'criterion' }; field: string }
  | {
      kind: 'indicator';
      path: NodePath & { kind: 'indicator' };
      threshold: number | null;
      field: string;
    };

export type Defect = FieldProblem & { target: DefectTarget };

const NODE_PATH =
  /^groups\[(\d+)\](?:\.criteria\[(\d+)\](?:\.indicators\[(\d+)\](?:\.thresholds\[(\d+)\])?)?)?(?:\.(.*))?$/;

export function defectTarget(field: string): DefectTarget {
  const match = NODE_PATH.exec(field);
  if (!match) {
    const section = field.startsWith('legalBasis')
      ? 'legalBasis'
      : field.startsWith('recognitionRule')
        ? 'recognitionRule'
        : 'general';
    return { kind: 'version', section, field };
  }
  const [, g, c, i, th, rest = ''] = match;
  const group = Number(g);
  if (c === undefined) return { kind: 'group', path: { kind: 'group', group }, field: rest };
  const criterion = Number(c);
  if (i === undefined) {
    return { kind: 'criterion', path: { kind: 'criterion', group, criterion }, field: rest };
  }
  return {
    kind: 'indicator',
    path: { kind: 'indicator', group, criterion, indicator: Number(i) },
    threshold: th === undefined ? null : Number(th),
    field: rest,
  };
}

export function toDefects(errors: readonly FieldProblem[]): Defect[] {
  return errors.map((error) => ({ ...error, target: defectTarget(error.field) }));
}

/** The tree row a defect belongs to (for the marker in the tree), if it belongs to one. */
export function defectRowKey(defect: Defect): string | null {
  return defect.target.kind === 'version' ? null : rowKey(defect.target.path);
}

/** A defect's place in words: "Chỉ tiêu 2.1, ngưỡng 1" rather than a JSON path. */
export function describeDefectPlace(
  defect: Defect,
  document: CriteriaSetDocument,
  t: (
    key:
      | 'defects.where.version'
      | 'defects.where.legalBasis'
      | 'defects.where.recognitionRule'
      | 'defects.where.group'
      | 'defects.where.criterion'
      | 'defects.where.indicator'
      | 'defects.where.threshold',
    values?: Record<string, unknown>,
  ) => string,
): string {
  const target = defect.target;
  if (target.kind === 'version') {
    return target.section === 'general'
      ? t('defects.where.version')
      : t(`defects.where.${target.section}`);
  }
  const group = document.groups?.[target.path.group];
  if (target.kind === 'group') return t('defects.where.group', { group: group?.code ?? '?' });
  const criterion = group?.criteria?.[target.path.criterion];
  if (target.kind === 'criterion') {
    return t('defects.where.criterion', { criterion: criterion?.code ?? '?' });
  }
  const indicator = criterion?.indicators?.[target.path.indicator]?.code ?? '?';
  return target.threshold === null
    ? t('defects.where.indicator', { indicator })
    : t('defects.where.threshold', { indicator, n: target.threshold + 1 });
}
