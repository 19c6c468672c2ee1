import { Select, Space, Typography } from 'antd';
import { useId } from 'react';

import { yearOptions } from '@/hooks/use-year-param';

/** "Năm [2020 ▾]": the year a screen shows. */
export function YearSelect({
  label,
  value,
  onChange,
  lastYear,
}: {
  label: string;
  value: number;
  onChange: (year: number) => void;
  lastYear?: number;
}) {
  const id = useId();
  return (
    <Space>
      <Typography.Text id={id}>{label}</Typography.Text>
      <Select<number>
        aria-labelledby={id}
        value={value}
        onChange={onChange}
        style={{ width: 96 }}
        options={yearOptions(lastYear).map((year) => ({ value: year, label: String(year) }))}
      />
    </Space>
  );
}
