import { Button, Drawer, Flex, Form, Input, Select, App } from 'antd';
import { useState } from 'react';

import { useServerValidation } from '@/hooks/use-server-validation';

import type { IndicatorDocument, IndicatorKind, Provenance, ThresholdDocument } from '../api/types';
import { INDICATOR_KINDS } from '../api/types';
import { useUpdateIndicator } from '../api/update-indicator';
import { useCatalogueT } from '../i18n';
import { cleanProvenance, text } from '../utils/clean';

import { DefectList } from './defect-list';
import { EditorProblem } from './editor-problem';
import { ProvenanceFields } from './provenance-fields';
import { needsValue, ThresholdEditor, type ThresholdFormValue } from './threshold-editor';

type FormValues = {
  nameVi: string;
  nameEn?: string;
  unit?: string;
  kind?: IndicatorKind;
  provenance?: Provenance;
  thresholds: ThresholdFormValue[];
};

function toFormValues(indicator: IndicatorDocument): FormValues {
  return {
    nameVi: indicator.nameVi ?? '',
    nameEn: indicator.nameEn ?? '',
    unit: indicator.unit ?? '',
    ...(indicator.kind ? { kind: indicator.kind } : {}),
    provenance: indicator.provenance ?? {},
    thresholds: (indicator.thresholds ?? []).map((threshold) => ({
      communeClass: threshold.communeClass ?? null,
      comparator: threshold.comparator ?? null,
      value: threshold.value ?? null,
      upperValue: threshold.upperValue ?? null,
      unit: threshold.unit ?? null,
      provenance: threshold.provenance ?? {},
    })),
  };
}

/** The form's values as the indicator PUT takes them: numbers only where the comparator needs them. */
export function toIndicatorBody(code: string, values: FormValues): IndicatorDocument {
  const thresholds: ThresholdDocument[] = (values.thresholds ?? []).map((threshold) => {
    const comparator = threshold.comparator ?? undefined;
    const body: ThresholdDocument = {};
    const communeClass = text(threshold.communeClass);
    if (communeClass) body.communeClass = communeClass;
    if (comparator) body.comparator = comparator;
    if (needsValue(comparator) && threshold.value !== null && threshold.value !== undefined) {
      body.value = threshold.value;
    }
    if (
      comparator === 'between' &&
      threshold.upperValue !== null &&
      threshold.upperValue !== undefined
    ) {
      body.upperValue = threshold.upperValue;
    }
    const unit = text(threshold.unit);
    if (unit && needsValue(comparator)) body.unit = unit;
    const provenance = cleanProvenance(threshold.provenance as Provenance | undefined);
    if (provenance) body.provenance = provenance;
    return body;
  });
  const body: IndicatorDocument = { code, nameVi: values.nameVi.trim(), thresholds };
  const nameEn = text(values.nameEn);
  const unit = text(values.unit);
  const provenance = cleanProvenance(values.provenance);
  if (nameEn) body.nameEn = nameEn;
  if (unit) body.unit = unit;
  if (values.kind) body.kind = values.kind;
  if (provenance) body.provenance = provenance;
  return body;
}

/**
 * One indicator of a draft: names, unit, kind, provenance and the thresholds. Saved with the
 * version's ETag; a concurrent change (412) keeps what was typed and offers the latest version.
 */
export function IndicatorEditor({
  code,
  version,
  indicator,
  etag,
  defects,
  defectsByThreshold,
  onReload,
  onClose,
}: {
  code: string;
  version: number;
  indicator: IndicatorDocument;
  /** The version's current ETag (read at save time, so a reload is picked up). */
  etag: () => string;
  /** Publication defects of the indicator itself. */
  defects: string[];
  defectsByThreshold: Record<number, string[]>;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const update = useUpdateIndicator(code, version);
  const [initialValues] = useState(() => toFormValues(indicator));
  const kind = Form.useWatch('kind', form);
  const indicatorCode = indicator.code ?? '';

  const save = (values: FormValues) => {
    server.clear();
    update.mutate(
      { indicatorCode, indicator: toIndicatorBody(indicatorCode, values), etag: etag() },
      {
        onSuccess: () => {
          void message.success(t('tree.saved'));
          onClose();
        },
        onError: server.report,
      },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('editor.indicatorTitle', { code: indicatorCode })}
      size={640}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      <DefectList messages={defects} />
      <EditorProblem error={server.error} unmatched={server.unmatched} onReload={onReload} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={server.onValuesChange}
        onFinish={save}
        scrollToFirstError
      >
        <Form.Item
          label={t('editor.nameVi')}
          name="nameVi"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('editor.nameEn')} name="nameEn">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={t('editor.kind')} name="kind" style={{ flex: '1 1 200px' }}>
            <Select
              options={INDICATOR_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('editor.unit')} name="unit" style={{ flex: '1 1 120px' }}>
            <Input />
          </Form.Item>
        </Flex>
        <ProvenanceFields
          name={['provenance']}
          legend={t('editor.provenanceOf', {
            what: t('defects.where.indicator', { indicator: indicatorCode }),
          })}
        />
        <h3 style={{ fontSize: 16, margin: '24px 0 8px' }}>{t('editor.thresholds')}</h3>
        <ThresholdEditor kind={kind} defectsByThreshold={defectsByThreshold} />
      </Form>
    </Drawer>
  );
}
