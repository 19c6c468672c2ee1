import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  type FormInstance,
} from 'antd';
import { useEffect, useState } from 'react';

import { IsoDatePicker } from '@/components/iso-date-picker';
import { useServerValidation } from '@/hooks/use-server-validation';
import { toNamePath } from '@/lib/form-problems';

import type { CriteriaSetDocument, CriteriaSetVersion, Provenance, SetLevel } from '../api/types';
import { SET_LEVELS } from '../api/types';
import { toDocumentBody, useUpdateVersion } from '../api/update-version';
import { useCatalogueT } from '../i18n';
import { cleanProvenance, text } from '../utils/clean';
import type { Defect } from '../utils/defects';

import { DefectList } from './defect-list';
import { EditorProblem } from './editor-problem';
import { ProvenanceFields } from './provenance-fields';

type FormValues = {
  nameVi: string;
  nameEn?: string;
  level?: SetLevel;
  period?: string;
  region?: string;
  notes?: string;
  legalBasis: {
    number?: string;
    date?: string | null;
    issuer?: string;
    effectiveFrom?: string | null;
    effectiveTo?: string | null;
    source?: string;
  };
  recognitionRule: { kind?: 'ALL_CRITERIA' | 'AT_LEAST'; minimum?: number | null; textVi?: string };
  provenance?: Provenance;
};

function toFormValues(document: CriteriaSetDocument): FormValues {
  const legal = document.legalBasis ?? {};
  const rule = document.recognitionRule ?? {};
  return {
    nameVi: document.nameVi ?? '',
    nameEn: document.nameEn ?? '',
    ...(document.level ? { level: document.level } : {}),
    period: document.period ?? '',
    region: document.region ?? '',
    notes: document.notes ?? '',
    legalBasis: {
      number: legal.number ?? '',
      date: legal.date ?? null,
      issuer: legal.issuer ?? '',
      effectiveFrom: legal.effectiveFrom ?? null,
      effectiveTo: legal.effectiveTo ?? null,
      source: legal.source ?? '',
    },
    recognitionRule: {
      ...(rule.kind ? { kind: rule.kind } : {}),
      minimum: rule.minimum ?? null,
      textVi: rule.textVi ?? '',
    },
    provenance: document.provenance ?? {},
  };
}

function applyForm(current: CriteriaSetVersion, values: FormValues): CriteriaSetDocument {
  const document = toDocumentBody(current);
  const legal = values.legalBasis;
  const legalBasis: NonNullable<CriteriaSetDocument['legalBasis']> = {};
  const number = text(legal.number);
  const issuer = text(legal.issuer);
  const source = text(legal.source);
  if (number) legalBasis.number = number;
  if (legal.date) legalBasis.date = legal.date;
  if (issuer) legalBasis.issuer = issuer;
  if (legal.effectiveFrom) legalBasis.effectiveFrom = legal.effectiveFrom;
  if (legal.effectiveTo) legalBasis.effectiveTo = legal.effectiveTo;
  if (source) legalBasis.source = source;
  const rule = values.recognitionRule;
  const recognitionRule = rule.kind
    ? {
        kind: rule.kind,
        ...(rule.kind === 'AT_LEAST' && rule.minimum ? { minimum: rule.minimum } : {}),
        ...(text(rule.textVi) ? { textVi: text(rule.textVi) } : {}),
      }
    : undefined;
  return {
    ...document,
    nameVi: values.nameVi.trim(),
    nameEn: text(values.nameEn),
    level: values.level,
    period: text(values.period),
    region: text(values.region),
    notes: text(values.notes),
    legalBasis,
    recognitionRule,
    provenance: cleanProvenance(values.provenance),
  };
}

/**
 * What a version says about itself: names, level, period, the legal basis (the number publication
 * needs), the recognition rule and its provenance. Saved as the whole draft, with If-Match.
 */
export function GeneralEditor({
  code,
  version,
  current,
  etag,
  defects,
  onReload,
  onClose,
}: {
  code: string;
  version: number;
  /** The version as now known (read at save time, so a reload is picked up). */
  current: () => CriteriaSetVersion;
  etag: () => string;
  defects: Defect[];
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const server = useServerValidation(form);
  const update = useUpdateVersion(code, version);
  const [initialValues] = useState(() => toFormValues(current()));
  const ruleKind = Form.useWatch(['recognitionRule', 'kind'], form);

  // Defects that name a field of this form go under it; the rest are listed at the top.
  const registered = ['legalBasis', 'recognitionRule', 'nameVi', 'level', 'period', 'region'];
  const onField = defects.filter((defect) =>
    registered.includes(toNamePath(defect.field)[0] as string),
  );
  const initialErrors = onField
    .filter((defect) => toNamePath(defect.field).length > 1 || defect.field === 'level')
    .map((defect) => ({ name: toNamePath(defect.field), errors: [defect.message] }));

  const save = (values: FormValues) => {
    server.clear();
    update.mutate(
      { document: applyForm(current(), values), etag: etag() },
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
      title={t('editor.generalTitle', { version })}
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
      <DefectList messages={defects.map((defect) => `${defect.field}: ${defect.message}`)} />
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
          label={t('create.nameVi')}
          name="nameVi"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('create.nameEn')} name="nameEn">
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={t('create.level')} name="level" style={{ flex: '1 1 180px' }}>
            <Select options={SET_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))} />
          </Form.Item>
          <Form.Item label={t('create.period')} name="period" style={{ flex: '1 1 120px' }}>
            <Input />
          </Form.Item>
          <Form.Item label={t('create.region')} name="region" style={{ flex: '1 1 200px' }}>
            <Input />
          </Form.Item>
        </Flex>
        <fieldset
          style={{
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: '8px 12px 0',
            marginBottom: 16,
          }}
        >
          <legend style={{ fontSize: 14, fontWeight: 600, width: 'auto', border: 0 }}>
            {t('defects.where.legalBasis')}
          </legend>
          <Flex gap={12} wrap>
            <Form.Item
              label={t('version.legalNumber')}
              name={['legalBasis', 'number']}
              style={{ flex: '1 1 180px' }}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label={t('version.legalDate')}
              name={['legalBasis', 'date']}
              style={{ flex: '1 1 160px' }}
            >
              <IsoDatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('version.legalIssuer')} name={['legalBasis', 'issuer']}>
            <Input />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              label={t('version.effectiveFrom')}
              name={['legalBasis', 'effectiveFrom']}
              style={{ flex: '1 1 160px' }}
            >
              <IsoDatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label={t('version.effectiveTo')}
              name={['legalBasis', 'effectiveTo']}
              style={{ flex: '1 1 160px' }}
            >
              <IsoDatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('version.legalSource')} name={['legalBasis', 'source']}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </fieldset>
        <fieldset
          style={{
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: '8px 12px 0',
            marginBottom: 16,
          }}
        >
          <legend style={{ fontSize: 14, fontWeight: 600, width: 'auto', border: 0 }}>
            {t('version.recognitionRule')}
          </legend>
          <Form.Item label={t('version.ruleKind')} name={['recognitionRule', 'kind']}>
            <Radio.Group
              options={[
                { value: 'ALL_CRITERIA', label: t('version.ruleAll') },
                { value: 'AT_LEAST', label: t('version.ruleAtLeast') },
              ]}
            />
          </Form.Item>
          {ruleKind === 'AT_LEAST' ? (
            <Form.Item
              label={t('version.ruleMinimum')}
              name={['recognitionRule', 'minimum']}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} precision={0} />
            </Form.Item>
          ) : null}
          <Form.Item label={t('version.ruleText')} name={['recognitionRule', 'textVi']}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </fieldset>
        <ProvenanceFields name={['provenance']} legend={t('version.setProvenance')} />
        <Form.Item label={t('version.notes')} name="notes" style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <ErrorsOnOpen form={form} errors={initialErrors} />
      </Form>
    </Drawer>
  );
}

/**
 * Puts errors under fields once the form has opened. It is the form's last child: its effect runs
 * after every field above it has registered (the drawer mounts its content after its parent's
 * effects, so an effect in the editor itself would set errors on fields that do not exist yet).
 * Only on opening: later edits clear the errors as usual.
 */
function ErrorsOnOpen<T>({
  form,
  errors,
}: {
  form: FormInstance<T>;
  errors: { name: (string | number)[]; errors: string[] }[];
}) {
  const [initial] = useState(errors);
  useEffect(() => {
    if (initial.length > 0) form.setFields(initial as Parameters<typeof form.setFields>[0]);
  }, [form, initial]);
  return null;
}
