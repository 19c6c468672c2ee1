import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';

import { useLanguage } from '@/hooks/use-language';

import { COMPARATORS, type Comparator, type IndicatorKind } from '../api/types';
import { useCatalogueT } from '../i18n';

import { ProvenanceFields } from './provenance-fields';

export type ThresholdFormValue = {
  communeClass?: string | null;
  comparator?: Comparator | null;
  value?: number | null;
  upperValue?: number | null;
  unit?: string | null;
  provenance?: { status?: string } & Record<string, unknown>;
};

const NEEDS_VALUE: readonly Comparator[] = ['>=', '<=', '=', 'between'];

export const needsValue = (comparator: Comparator | null | undefined) =>
  !!comparator && NEEDS_VALUE.includes(comparator);

/**
 * The thresholds of one indicator, one card each: for which commune class, how a value compares
 * (≥, ≤, =, between, achieved, none, or not known yet), the number(s), and its own provenance.
 * Rules the service would refuse at publication are checked as the user types.
 */
export function ThresholdEditor({
  kind,
  defectsByThreshold = {},
}: {
  kind: IndicatorKind | undefined;
  /** Publication defects of each threshold, by index: shown on its card. */
  defectsByThreshold?: Record<number, string[]>;
}) {
  const t = useCatalogueT();
  const [language] = useLanguage();
  const decimalSeparator = language === 'vi' ? ',' : '.';
  const percent = kind === 'PERCENT';

  const rangeRule = () => ({
    validator: (_: unknown, value: number | null | undefined) =>
      percent && value !== null && value !== undefined && (value < 0 || value > 100)
        ? Promise.reject(new Error(t('editor.percentRange')))
        : Promise.resolve(),
  });

  return (
    <Form.List name="thresholds">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('editor.thresholdsHelp')}</Typography.Text>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('editor.thresholdN', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('editor.removeThreshold', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              {(defectsByThreshold[index] ?? []).map((message) => (
                <Alert
                  key={message}
                  type="error"
                  showIcon
                  title={message}
                  style={{ marginBottom: 12 }}
                />
              ))}
              <Form.Item
                label={t('editor.communeClass')}
                name={[field.name, 'communeClass']}
                extra={t('editor.communeClassHelp')}
                dependencies={fields.map((other) => ['thresholds', other.name, 'communeClass'])}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | null | undefined) => {
                      const all =
                        (getFieldValue('thresholds') as ThresholdFormValue[] | undefined) ?? [];
                      const mine = value?.trim() || null;
                      const same = all.filter(
                        (other) => (other?.communeClass?.trim() || null) === mine,
                      );
                      return same.length > 1
                        ? Promise.reject(new Error(t('editor.duplicateClass')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input allowClear />
              </Form.Item>
              <Form.Item label={t('editor.comparator')} name={[field.name, 'comparator']}>
                <Select
                  allowClear
                  placeholder={t('comparator.unknown')}
                  options={COMPARATORS.map((value) => ({ value, label: t(`comparator.${value}`) }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['thresholds', field.name, 'comparator']]}>
                {({ getFieldValue }) => {
                  const comparator = getFieldValue(['thresholds', field.name, 'comparator']) as
                    Comparator | null | undefined;
                  if (!needsValue(comparator)) return null;
                  const between = comparator === 'between';
                  return (
                    <Flex gap={12} wrap>
                      <Form.Item
                        label={between ? t('editor.lowerValue') : t('editor.value')}
                        name={[field.name, 'value']}
                        rules={[{ required: true, message: t('editor.valueRequired') }, rangeRule]}
                        style={{ flex: '1 1 140px' }}
                      >
                        <InputNumber
                          decimalSeparator={decimalSeparator}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                      {between ? (
                        <Form.Item
                          label={t('editor.upperValue')}
                          name={[field.name, 'upperValue']}
                          dependencies={[['thresholds', field.name, 'value']]}
                          rules={[
                            { required: true, message: t('editor.valueRequired') },
                            rangeRule,
                            ({ getFieldValue: get }) => ({
                              validator: (_, upper: number | null | undefined) => {
                                const lower = get(['thresholds', field.name, 'value']) as
                                  number | null | undefined;
                                return upper !== null &&
                                  upper !== undefined &&
                                  lower !== null &&
                                  lower !== undefined &&
                                  upper < lower
                                  ? Promise.reject(new Error(t('editor.upperBelowLower')))
                                  : Promise.resolve();
                              },
                            }),
                          ]}
                          style={{ flex: '1 1 140px' }}
                        >
                          <InputNumber
                            decimalSeparator={decimalSeparator}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      ) : null}
                      <Form.Item
                        label={t('editor.unit')}
                        name={[field.name, 'unit']}
                        style={{ flex: '1 1 100px' }}
                      >
                        <Input />
                      </Form.Item>
                    </Flex>
                  );
                }}
              </Form.Item>
              <ProvenanceFields
                name={[field.name, 'provenance']}
                absoluteName={['thresholds', field.name, 'provenance']}
                legend={t('editor.provenanceOf', {
                  what: t('editor.thresholdN', { n: index + 1 }),
                })}
              />
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ communeClass: null, comparator: null, provenance: {} })}
          >
            {t('editor.addThreshold')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
