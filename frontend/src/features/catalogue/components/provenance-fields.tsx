import { Form, Input, Select } from 'antd';

import { IsoDatePicker, todayInProvince } from '@/components/iso-date-picker';
import { useUser } from '@/lib/auth/auth-context';

import { PROVENANCE_STATUSES, type ProvenanceStatus } from '../api/types';
import { useCatalogueT } from '../i18n';

/**
 * The six provenance fields of one value, under `name` in the enclosing form. Choosing VERIFIED
 * asks who checked it, when and against which document, and fills in the first two.
 */
export function ProvenanceFields({
  name,
  absoluteName = name,
  legend,
}: {
  /** The provenance's name for its Form.Items (relative inside a Form.List). */
  name: (string | number)[];
  /** The same from the form's root, when `name` is relative. */
  absoluteName?: (string | number)[];
  legend: string;
}) {
  const t = useCatalogueT();
  const user = useUser();
  const form = Form.useFormInstance();
  const field = (leaf: string): (string | number)[] => [...name, leaf];
  const absolute = (leaf: string): (string | number)[] => [...absoluteName, leaf];
  const status = Form.useWatch(absolute('status'), form) as ProvenanceStatus | undefined;
  const verified = status === 'VERIFIED';

  const onStatusChange = (next: ProvenanceStatus) => {
    if (next !== 'VERIFIED') return;
    if (!form.getFieldValue(absolute('verifiedBy'))) {
      form.setFieldValue(absolute('verifiedBy'), user.displayName);
    }
    if (!form.getFieldValue(absolute('verifiedOn'))) {
      form.setFieldValue(absolute('verifiedOn'), todayInProvince());
    }
  };

  return (
    <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px 0' }}>
      <legend style={{ fontSize: 14, fontWeight: 600, width: 'auto', marginBottom: 8, border: 0 }}>
        {legend}
      </legend>
      <Form.Item label={t('provenance.label')} name={field('status')}>
        <Select
          allowClear
          onChange={onStatusChange}
          options={PROVENANCE_STATUSES.map((value) => ({
            value,
            label: t(`provenance.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('provenance.source')} name={field('source')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item label={t('provenance.note')} name={field('note')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      {verified ? (
        <>
          <Form.Item
            label={t('provenance.verifiedBy')}
            name={field('verifiedBy')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t('provenance.verifiedOn')}
            name={field('verifiedOn')}
            rules={[{ required: true }]}
          >
            <IsoDatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('provenance.verifiedAgainst')}
            name={field('verifiedAgainst')}
            extra={t('provenance.verifiedAgainstHelp')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input />
          </Form.Item>
        </>
      ) : null}
    </fieldset>
  );
}
