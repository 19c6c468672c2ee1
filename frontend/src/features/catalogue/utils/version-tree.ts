import type {
  CriteriaSetDocument,
  CriterionDocument,
  GroupDocument,
  IndicatorDocument,
  ProvenanceStatus,
} from '../api/types';

/** Where a node sits in the document: indexes, because a draft may hold duplicate codes. */
export type NodePath =
  | { kind: 'group'; group: number }
  | { kind: 'criterion'; group: number; criterion: number }
  | { kind: 'indicator'; group: number; criterion: number; indicator: number };

export type TreeRow =
  | { key: string; kind: 'group'; path: NodePath; group: GroupDocument; children: TreeRow[] }
  | {
      key: string;
      kind: 'criterion';
      path: NodePath;
      criterion: CriterionDocument;
      children: TreeRow[];
    }
  | { key: string; kind: 'indicator'; path: NodePath; indicator: IndicatorDocument };

export const rowKey = (path: NodePath): string =>
  path.kind === 'group'
    ? `g${path.group}`
    : path.kind === 'criterion'
      ? `g${path.group}.c${path.criterion}`
      : `g${path.group}.c${path.criterion}.i${path.indicator}`;

/** Lower case without Vietnamese marks, so "chieng" finds "Chiềng" and "duong" finds "Đường". */
export function searchable(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export type TreeFilter = { provenance?: ProvenanceStatus | null; search?: string };

function indicatorMatches(indicator: IndicatorDocument, filter: TreeFilter): boolean {
  const status = filter.provenance;
  const byProvenance =
    !status ||
    indicator.provenance?.status === status ||
    (indicator.thresholds ?? []).some((threshold) => threshold.provenance?.status === status);
  return byProvenance && textMatches([indicator.code, indicator.nameVi, indicator.nameEn], filter);
}

function textMatches(texts: (string | undefined)[], filter: TreeFilter): boolean {
  const query = searchable(filter.search?.trim());
  return !query || texts.some((text) => searchable(text).includes(query));
}

/**
 * Groups → criteria → indicators as table rows, keeping only what the filter asks for: a criterion
 * stays when it or one of its indicators matches, a group when one of its criteria stays.
 */
export function buildTree(document: CriteriaSetDocument, filter: TreeFilter = {}): TreeRow[] {
  const filtering = !!filter.provenance || !!filter.search?.trim();
  return (document.groups ?? []).flatMap((group, g): TreeRow[] => {
    const criteria = (group.criteria ?? []).flatMap((criterion, c): TreeRow[] => {
      const indicators = (criterion.indicators ?? []).flatMap((indicator, i): TreeRow[] => {
        const path: NodePath = { kind: 'indicator', group: g, criterion: c, indicator: i };
        return !filtering || indicatorMatches(indicator, filter)
          ? [{ key: rowKey(path), kind: 'indicator', path, indicator }]
          : [];
      });
      const path: NodePath = { kind: 'criterion', group: g, criterion: c };
      const ownMatch =
        (!filter.provenance || criterion.provenance?.status === filter.provenance) &&
        textMatches([criterion.code, criterion.nameVi, criterion.nameEn], filter);
      if (filtering && !ownMatch && indicators.length === 0) return [];
      return [{ key: rowKey(path), kind: 'criterion', path, criterion, children: indicators }];
    });
    const path: NodePath = { kind: 'group', group: g };
    const groupMatch =
      filtering &&
      !filter.provenance &&
      textMatches([group.code, group.nameVi, group.nameEn], filter);
    if (filtering && criteria.length === 0 && !groupMatch) return [];
    return [{ key: rowKey(path), kind: 'group', path, group, children: criteria }];
  });
}

export function allRowKeys(rows: TreeRow[]): string[] {
  return rows.flatMap((row) => [row.key, ...('children' in row ? allRowKeys(row.children) : [])]);
}

export type ProvenanceCounts = Record<ProvenanceStatus | 'none', number>;

/** How many criteria, indicators and thresholds carry each provenance. */
export function provenanceCounts(document: CriteriaSetDocument): ProvenanceCounts {
  const counts: ProvenanceCounts = {
    SOURCED: 0,
    RECONSTRUCTED: 0,
    NOT_FOUND: 0,
    VERIFIED: 0,
    none: 0,
  };
  const add = (status: ProvenanceStatus | undefined) => {
    counts[status ?? 'none'] += 1;
  };
  for (const group of document.groups ?? []) {
    for (const criterion of group.criteria ?? []) {
      add(criterion.provenance?.status);
      for (const indicator of criterion.indicators ?? []) {
        add(indicator.provenance?.status);
        for (const threshold of indicator.thresholds ?? []) add(threshold.provenance?.status);
      }
    }
  }
  return counts;
}

export function structureCounts(document: CriteriaSetDocument) {
  const groups = document.groups ?? [];
  const criteria = groups.flatMap((group) => group.criteria ?? []);
  const indicators = criteria.flatMap((criterion) => criterion.indicators ?? []);
  return { groups: groups.length, criteria: criteria.length, indicators: indicators.length };
}

export function nodeAt(document: CriteriaSetDocument, path: NodePath) {
  const group = document.groups?.[path.group];
  const criterion = path.kind === 'group' ? undefined : group?.criteria?.[path.criterion];
  const indicator = path.kind === 'indicator' ? criterion?.indicators?.[path.indicator] : undefined;
  return { group, criterion, indicator };
}

/** Every code already used at one level of the document (to refuse a duplicate while typing). */
export function codesInUse(document: CriteriaSetDocument) {
  const groups = document.groups ?? [];
  const criteria = groups.flatMap((group) => group.criteria ?? []);
  return {
    groups: new Set(groups.map((group) => group.code ?? '')),
    criteria: new Set(criteria.map((criterion) => criterion.code ?? '')),
    indicators: new Set(
      criteria.flatMap((criterion) => (criterion.indicators ?? []).map((i) => i.code ?? '')),
    ),
  };
}

/** A copy of the document with one node removed (structure edits go through the whole-draft PUT). */
export function withoutNode<T extends CriteriaSetDocument>(document: T, path: NodePath): T {
  const groups = (document.groups ?? []).flatMap((group, g) => {
    if (g !== path.group) return [group];
    if (path.kind === 'group') return [];
    return [
      {
        ...group,
        criteria: (group.criteria ?? []).flatMap((criterion, c) => {
          if (c !== path.criterion) return [criterion];
          if (path.kind === 'criterion') return [];
          return [
            {
              ...criterion,
              indicators: (criterion.indicators ?? []).filter((_, i) => i !== path.indicator),
            },
          ];
        }),
      },
    ];
  });
  return { ...document, groups };
}

/** A copy of the document with a node appended under `parent` (none: a new group). */
export function withNode<T extends CriteriaSetDocument>(
  document: T,
  parent: NodePath | null,
  node: GroupDocument | CriterionDocument | IndicatorDocument,
): T {
  if (!parent) return { ...document, groups: [...(document.groups ?? []), node] };
  const groups = (document.groups ?? []).map((group, g) => {
    if (g !== parent.group) return group;
    if (parent.kind === 'group') {
      return { ...group, criteria: [...(group.criteria ?? []), node] };
    }
    return {
      ...group,
      criteria: (group.criteria ?? []).map((criterion, c) =>
        c === parent.criterion
          ? {
              ...criterion,
              indicators: [...(criterion.indicators ?? []), node as IndicatorDocument],
            }
          : criterion,
      ),
    };
  });
  return { ...document, groups };
}
