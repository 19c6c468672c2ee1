import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleFilled,
} from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useCallback, useMemo, type ReactNode } from 'react';

import { useTexts, type TextKey } from '@/lib/i18n/feature-texts';

import { vocabularyTexts } from './ntm-vocabulary';

type Vocabulary = typeof vocabularyTexts.vi;
type Group = Exclude<keyof Vocabulary, 'pilot' | 'unknown'>;

/** Labels for the API's enum values; an unknown value is shown as such, never hidden. */
export function useVocabulary() {
  const t = useTexts(vocabularyTexts);
  const label = useCallback(
    (group: Group, value: string | null | undefined): string => {
      if (value === null || value === undefined || value === '') return '—';
      const table = vocabularyTexts.vi[group] as Record<string, string>;
      const key = group === 'department' ? value.toLowerCase() : value;
      return key in table
        ? t(`${group}.${key}` as TextKey<Vocabulary>)
        : group === 'department'
          ? value.toUpperCase()
          : t('unknown', { value });
    },
    [t],
  );
  return useMemo(() => ({ label, pilot: t('pilot') }), [label, t]);
}

// Colours always come with a word and an icon: the state is never told by colour alone.
const STATE_COLOURS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  IN_APPRAISAL: 'geekblue',
  APPRAISED: 'cyan',
  RECOGNISED: 'green',
  RETURNED: 'orange',
  NONE: 'default',
};

export function StateTag({ state }: { state: string | null | undefined }) {
  const { label } = useVocabulary();
  const value = state ?? 'NONE';
  return <Tag color={STATE_COLOURS[value] ?? 'default'}>{label('state', value)}</Tag>;
}

const LEVEL_COLOURS: Record<string, string> = {
  NONE: 'default',
  BASIC: 'green',
  ADVANCED: 'gold',
  MODEL: 'purple',
};

export function LevelTag({ level }: { level: string | null | undefined }) {
  const { label } = useVocabulary();
  const value = level ?? 'NONE';
  return <Tag color={LEVEL_COLOURS[value] ?? 'default'}>{label('level', value)}</Tag>;
}

export function PilotTag() {
  const { pilot } = useVocabulary();
  return <Tag color="magenta">{pilot}</Tag>;
}

const TARGET_COLOURS: Record<string, string> = {
  MET: 'success',
  ON_TRACK: 'processing',
  AT_RISK: 'warning',
  MISSED: 'error',
  NOT_EVALUABLE: 'default',
};

export function TargetStatusTag({ status }: { status: string | null | undefined }) {
  const { label } = useVocabulary();
  return (
    <Tag color={TARGET_COLOURS[status ?? ''] ?? 'default'}>
      {label('targetStatus', status ?? 'NOT_EVALUABLE')}
    </Tag>
  );
}

/** Traffic light: green met, amber incomplete or missing, red not met, grey no threshold. */
const LIGHTS: Record<string, { colour: string; icon: ReactNode }> = {
  MET: { colour: '#389e0d', icon: <CheckCircleFilled /> },
  NOT_MET: { colour: '#cf1322', icon: <CloseCircleFilled /> },
  INCOMPLETE: { colour: '#ad6800', icon: <ExclamationCircleFilled /> },
  MISSING: { colour: '#ad6800', icon: <ExclamationCircleFilled /> },
  NO_THRESHOLD: { colour: '#595959', icon: <MinusCircleFilled /> },
};

export function TrafficLight({
  status,
  kind,
}: {
  status: string | null | undefined;
  kind: 'criterion' | 'indicator';
}) {
  const { label } = useVocabulary();
  const value = status ?? (kind === 'criterion' ? 'INCOMPLETE' : 'MISSING');
  const light = LIGHTS[value] ?? LIGHTS.NO_THRESHOLD!;
  return (
    <span
      className="ntm-light"
      data-status={value}
      style={{ color: light.colour, whiteSpace: 'nowrap', fontWeight: 500 }}
    >
      <span aria-hidden="true">{light.icon}</span>{' '}
      {label(kind === 'criterion' ? 'criterionStatus' : 'indicatorStatus', value)}
    </span>
  );
}

const PROVENANCE_COLOURS: Record<string, string> = {
  SOURCED: 'blue',
  RECONSTRUCTED: 'orange',
  NOT_FOUND: 'red',
  VERIFIED: 'green',
};

/** Where a catalogue value comes from; anything but VERIFIED deserves a second look. */
export function ProvenanceTag({ status }: { status: string | null | undefined }) {
  const { label } = useVocabulary();
  if (!status) return null;
  return (
    <Tooltip title={label('provenanceHint', status)}>
      <Tag color={PROVENANCE_COLOURS[status] ?? 'default'} tabIndex={0}>
        {label('provenance', status)}
      </Tag>
    </Tooltip>
  );
}

const OBSTACLE_COLOURS: Record<string, string> = {
  OPEN: 'orange',
  ANSWERED: 'blue',
  CLOSED: 'default',
};

export function ObstacleStatusTag({ status }: { status: string | null | undefined }) {
  const { label } = useVocabulary();
  return (
    <Tag color={OBSTACLE_COLOURS[status ?? ''] ?? 'default'}>{label('obstacleStatus', status)}</Tag>
  );
}

export function VerdictTag({ verdict }: { verdict: string | null | undefined }) {
  const { label } = useVocabulary();
  if (!verdict) return null;
  return <Tag color={verdict === 'AGREE' ? 'success' : 'error'}>{label('verdict', verdict)}</Tag>;
}
