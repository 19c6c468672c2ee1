import { Form, Input, Typography, type FormItemProps } from 'antd';

import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';

import { fundingTexts } from '../i18n';
import { dongToJson, MAX_DONG, parseDong } from '../utils/money';

type FieldName = string | number | (string | number)[];

/** The amount a money field holds, as the JSON number the API takes (whole đồng). */
export function amountOf(text: string | undefined): number {
  const parsed = parseDong(text);
  if (!parsed.ok) throw new Error(`not an amount: ${text ?? ''}`);
  return dongToJson(parsed.dong);
}

/**
 * An amount of đồng as officials type it ("1.250.000.000"), checked while typing (whole đồng,
 * not negative, within the service's ceiling) and read back in triệu đồng under the field.
 */
export function MoneyField({
  name,
  label,
  required = true,
  allowZero = false,
  watchName,
  ...rest
}: Omit<FormItemProps, 'name' | 'rules' | 'children'> & {
  name: FieldName;
  /** The field's full path when `name` is relative to a `Form.List`. */
  watchName?: FieldName;
  label: string;
  required?: boolean;
  allowZero?: boolean;
}) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const value = Form.useWatch(watchName ?? name) as unknown;
  const parsed = parseDong(typeof value === 'string' ? value : undefined);
  return (
    <Form.Item
      {...rest}
      name={name}
      label={label}
      extra={
        parsed.ok ? (
          <Typography.Text type="secondary">
            {t('amount.reads', { money: format.money(parsed.dong, { unit: 'auto' }) })}
          </Typography.Text>
        ) : null
      }
      rules={[
        {
          validator: (_, text: string | undefined) => {
            const result = parseDong(text);
            if (!result.ok) {
              if (result.reason === 'empty') {
                return required
                  ? Promise.reject(new Error(t('amount.required')))
                  : Promise.resolve();
              }
              return Promise.reject(new Error(t(`amount.${result.reason}`)));
            }
            if (result.dong === 0n && !allowZero)
              return Promise.reject(new Error(t('amount.zero')));
            if (result.dong > MAX_DONG) return Promise.reject(new Error(t('amount.tooLarge')));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Input inputMode="numeric" autoComplete="off" placeholder="1.250.000.000" />
    </Form.Item>
  );
}
