import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Input, InputNumber, Radio, Row, Space, Typography } from 'antd';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { ProvenanceTag, TrafficLight } from '@/components/ntm-tags';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';
import { explanationText, needText, refusalText, thresholdText } from '@/utils/need-text';

import type { IndicatorValueView } from '../api/get-assessment';
import type { IndicatorDocument } from '../api/get-criteria-version';
import { assessmentsTexts } from '../i18n';

import type { Draft } from './draft-store';
import type { FieldState } from './use-autosave';

type IndicatorEvaluation = components['schemas']['IndicatorEvaluation'];
type ThresholdDocument = components['schemas']['ThresholdDocument'];

export type FieldInput = Omit<Draft, 'base'>;

type Props = {
  doc: IndicatorDocument;
  threshold: ThresholdDocument | undefined;
  evaluation: IndicatorEvaluation | undefined;
  entry: IndicatorValueView | undefined;
  state: FieldState;
  draft: Draft | undefined;
  editable: boolean;
  onSave: (input: FieldInput) => void;
  onRetry: () => void;
  onDiscard: () => void;
  evidence: ReactNode;
};

const isNumberKind = (kind: string | undefined) => kind !== 'BOOLEAN';

/** Text of a threshold from the catalogue, when the evaluation has none (no value yet). */
function thresholdOf(t: ThresholdDocument | undefined, unit: string | null | undefined): string {
  if (!t?.comparator) return '';
  if (t.comparator === 'achieved' || t.comparator === 'none') return t.comparator;
  const u = (t.unit ?? unit ?? '').trim();
  const withUnit = (v: number | undefined) => (u === '%' ? `${v}%` : u ? `${v} ${u}` : `${v}`);
  if (t.comparator === 'between') return `between ${t.value} and ${withUnit(t.upperValue)}`;
  const symbol = { '>=': '≥', '<=': '≤', '=': '=' }[t.comparator] ?? t.comparator;
  return `${symbol} ${withUnit(t.value)}`;
}

/**
 * One indicator: its name and provenance, the threshold and unit, the value (yes/no or a number,
 * saved when the user leaves the field), how it was judged and what it still needs, the save
 * state, the server's refusal under the field, and its evidence.
 */
export function IndicatorField({
  doc,
  threshold,
  evaluation,
  entry,
  state,
  draft,
  editable,
  onSave,
  onRetry,
  onDiscard,
  evidence,
}: Props) {
  const t = useTexts(assessmentsTexts);
  const [lang] = useLanguage();
  const format = useFormat();
  const code = doc.code ?? '';
  const name = (lang === 'en' ? doc.nameEn : doc.nameVi) ?? doc.nameVi ?? code;
  const serverValue = entry?.value ?? null;
  // What the user typed stays on screen until saved, or while the service refuses it.
  const shown = draft ? draft.value : state.kind === 'invalid' ? state.value : serverValue;
  const note = draft ? (draft.note ?? null) : (entry?.note ?? null);
  const dataSource = draft ? (draft.dataSource ?? null) : (entry?.dataSource ?? null);
  const inputId = useId();
  const helpId = useId();
  const unit = (threshold?.unit ?? doc.unit ?? '').trim();
  const thresholdString = evaluation?.threshold ?? thresholdOf(threshold, doc.unit);
  const inverted = threshold?.comparator === 'none';
  const [showNotes, setShowNotes] = useState(Boolean(entry?.note || entry?.dataSource));

  /** A value as words: achieved / not achieved for yes-no indicators, a Vietnamese number with its unit. */
  const describe = (value: unknown): string => {
    if (value === null || value === undefined) return t('entry.noValue');
    if (typeof value === 'boolean') {
      if (value !== inverted) return inverted ? t('entry.somePresent') : t('entry.achieved');
      return inverted ? t('entry.nonePresent') : t('entry.notAchieved');
    }
    const suffix = unit === '%' ? '%' : unit ? ` ${unit}` : '';
    return `${format.number(Number(value), { maximumFractionDigits: 4 })}${suffix}`;
  };

  const commit = (patch: Partial<FieldInput>) => {
    const next: FieldInput = { value: shown, note, dataSource, ...patch };
    if (
      JSON.stringify(next.value ?? null) === JSON.stringify(shown ?? null) &&
      (next.note ?? null) === (note ?? null) &&
      (next.dataSource ?? null) === (dataSource ?? null) &&
      state.kind !== 'failed'
    ) {
      return;
    }
    onSave(next);
  };

  let input: ReactNode;
  if (!editable) {
    input = <Typography.Text strong={shown !== null}>{describe(shown)}</Typography.Text>;
  } else if (!isNumberKind(doc.kind)) {
    input = (
      <Radio.Group
        id={inputId}
        aria-label={t('entry.valueOf', { code })}
        aria-describedby={helpId}
        optionType="button"
        buttonStyle="solid"
        value={typeof shown === 'boolean' ? shown : undefined}
        onChange={(e) => commit({ value: e.target.value as boolean })}
        options={
          inverted
            ? [
                { value: false, label: t('entry.nonePresent') },
                { value: true, label: t('entry.somePresent') },
              ]
            : [
                { value: true, label: t('entry.achieved') },
                { value: false, label: t('entry.notAchieved') },
              ]
        }
      />
    );
  } else {
    input = (
      <NumberInput
        id={inputId}
        describedBy={helpId}
        label={t('entry.valueOf', { code })}
        value={typeof shown === 'number' ? shown : null}
        percent={doc.kind === 'PERCENT'}
        unit={unit}
        decimalSeparator={lang === 'vi' ? ',' : '.'}
        onCommit={(value) => commit({ value })}
        status={state.kind === 'invalid' ? 'error' : undefined}
      />
    );
  }

  return (
    <div className="ntm-indicator" data-indicator={code} data-state={state.kind}>
      <Row gutter={[16, 8]} align="top">
        <Col xs={24} lg={10}>
          <Typography.Text strong>{code}</Typography.Text> <label htmlFor={inputId}>{name}</label>
          <div style={{ marginTop: 4 }}>
            <Space size={4} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('entry.threshold')}:{' '}
                {thresholdString ? thresholdText(thresholdString, lang) : '—'}
              </Typography.Text>
              {unit && unit !== '%' ? (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  · {t('entry.unit', { unit })}
                </Typography.Text>
              ) : null}
              <ProvenanceTag status={threshold?.provenance?.status ?? doc.provenance?.status} />
            </Space>
          </div>
        </Col>
        <Col xs={24} sm={12} lg={7}>
          {input}
          <SaveState state={state} onRetry={onRetry} onDiscard={onDiscard} />
          {state.kind === 'invalid' ? (
            <div
              id={helpId}
              role="alert"
              className="ant-form-item-explain-error"
              style={{ color: '#cf1322', fontSize: 13 }}
            >
              {refusalText(state.message, lang)}
            </div>
          ) : (
            <span id={helpId} hidden />
          )}
          {editable ? (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() => setShowNotes((v) => !v)}
              aria-expanded={showNotes}
            >
              {t('entry.notes')}
            </Button>
          ) : null}
          {showNotes || (!editable && (note || dataSource)) ? (
            <Flex vertical gap={4} style={{ marginTop: 4 }}>
              {editable ? (
                <>
                  <Input
                    size="small"
                    placeholder={t('entry.note')}
                    aria-label={`${t('entry.note')} ${code}`}
                    defaultValue={note ?? ''}
                    onBlur={(e) => commit({ note: e.target.value || null })}
                  />
                  <Input
                    size="small"
                    placeholder={t('entry.dataSource')}
                    aria-label={`${t('entry.dataSource')} ${code}`}
                    defaultValue={dataSource ?? ''}
                    onBlur={(e) => commit({ dataSource: e.target.value || null })}
                  />
                </>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[note, dataSource].filter(Boolean).join(' · ')}
                </Typography.Text>
              )}
            </Flex>
          ) : null}
        </Col>
        <Col xs={24} sm={12} lg={7}>
          <TrafficLight status={evaluation?.status} kind="indicator" />
          {evaluation?.explanation && evaluation.status !== 'MISSING' ? (
            <div style={{ fontSize: 13 }}>
              {t('entry.judged', { text: explanationText(evaluation.explanation, lang) })}
            </div>
          ) : null}
          {evaluation?.need ? (
            <div style={{ fontSize: 13 }}>
              {t('entry.need', { text: needText(evaluation.need, lang) })}
            </div>
          ) : null}
          {entry?.enteredBy && entry.enteredAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('entry.enteredBy', { by: entry.enteredBy, at: format.dateTime(entry.enteredAt) })}
            </Typography.Text>
          ) : null}
          <div style={{ marginTop: 4 }}>{evidence}</div>
        </Col>
      </Row>
      {state.kind === 'conflict' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('entry.conflict', {
            theirs: describe(state.theirs),
            mine: describe(shown),
          })}
          action={
            <Space>
              <Button size="small" type="primary" onClick={onRetry}>
                {t('entry.keepMine')}
              </Button>
              <Button size="small" onClick={onDiscard}>
                {t('entry.takeTheirs')}
              </Button>
            </Space>
          }
        />
      ) : null}
    </div>
  );
}

function SaveState({
  state,
  onRetry,
  onDiscard,
}: {
  state: FieldState;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const t = useTexts(assessmentsTexts);
  const style = { fontSize: 12, display: 'block', marginTop: 2 } as const;
  switch (state.kind) {
    case 'saving':
      return (
        <Typography.Text type="secondary" style={style} role="status">
          <LoadingOutlined /> {t('entry.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" style={style} role="status">
          <CheckOutlined /> {t('entry.saved')}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="warning" style={style} role="status">
          <ExclamationCircleOutlined /> {state.restored ? t('entry.restored') : t('entry.failed')}
          {state.message ? ` (${state.message})` : null}{' '}
          <Button size="small" type="link" onClick={onRetry} style={{ paddingInline: 4 }}>
            {t('entry.retry')}
          </Button>
          {state.restored ? (
            <Button size="small" type="link" onClick={onDiscard} style={{ paddingInline: 4 }}>
              {t('entry.takeTheirs')}
            </Button>
          ) : null}
        </Typography.Text>
      );
    default:
      return null;
  }
}

/** A number typed in the user's format (`76,1`), committed on leaving the field or Enter. */
function NumberInput({
  id,
  describedBy,
  label,
  value,
  percent,
  unit,
  decimalSeparator,
  onCommit,
  status,
}: {
  id: string;
  describedBy: string;
  label: string;
  value: number | null;
  percent: boolean;
  unit: string;
  decimalSeparator: string;
  onCommit: (value: number | null) => void;
  status: 'error' | undefined;
}) {
  const [text, setText] = useState<number | null>(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <InputNumber<number>
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
      style={{ width: '100%', maxWidth: 220 }}
      // No min/max here: the service judges the value and its refusal is shown under the field.
      inputMode="decimal"
      placeholder={percent ? '0–100' : undefined}
      decimalSeparator={decimalSeparator}
      value={text}
      status={status}
      suffix={unit === '%' ? '%' : undefined}
      onChange={(v) => setText(v)}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        commit();
      }}
      onPressEnter={commit}
    />
  );
}
