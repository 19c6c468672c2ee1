import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';

import { useTexts } from '@/lib/i18n/feature-texts';

import { workflowTexts } from '../i18n';

export type DecisionValues = { decisionNumber: string; decisionDate: Dayjs; issuingBody: string };

/** Number, date and issuing body of a recognition decision (all three required by the service). */
export function DecisionFields() {
  const t = useTexts(workflowTexts);
  const required = [{ required: true, whitespace: true, message: t('recognise.required') }];
  return (
    <>
      <Form.Item name="decisionNumber" label={t('recognise.decisionNumber')} rules={required}>
        <Input placeholder="1234/QĐ-UBND" />
      </Form.Item>
      <Form.Item
        name="decisionDate"
        label={t('recognise.decisionDate')}
        rules={[{ required: true, message: t('recognise.required') }]}
      >
        <DatePicker format={['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD']} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="issuingBody" label={t('recognise.issuingBody')} rules={required}>
        <Input />
      </Form.Item>
    </>
  );
}

export const toDecision = (v: DecisionValues) => ({
  decisionNumber: v.decisionNumber.trim(),
  decisionDate: v.decisionDate.format('YYYY-MM-DD'),
  issuingBody: v.issuingBody.trim(),
});
