import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format'> & {
  /** A calendar date as the API writes it: `YYYY-MM-DD`. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

const ISO = 'YYYY-MM-DD';

/**
 * Ant Design's date picker holding the API's `YYYY-MM-DD` string, so forms keep plain strings
 * (no dayjs objects to convert before sending). Shown as 28/11/2026 in Vietnamese.
 */
export function IsoDatePicker({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={['DD/MM/YYYY', ISO]}
      value={value ? dayjs(value, ISO) : null}
      onChange={(date) => onChange?.(dayjs.isDayjs(date) ? date.format(ISO) : null)}
    />
  );
}

/** Today in the province (the browser may sit elsewhere), as `YYYY-MM-DD`. */
export function todayInProvince(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
