import { Card, Segmented } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ChartColumn<Row> = {
  key: string;
  title: string;
  /** The cell's text; numbers should come through `useFormat()` so they read as Vietnamese. */
  render: (row: Row) => ReactNode;
  /** Numeric columns align right, as in the province's printed reports. */
  numeric?: boolean;
};

type Props<Row> = {
  title: string;
  /** One sentence under the title, e.g. the unit or the date of the figures. */
  description?: ReactNode;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly ChartColumn<Row>[];
  /** The chart itself (e.g. a Recharts chart). It is hidden from screen readers: the table says it all. */
  chart: ReactNode;
  defaultView?: 'chart' | 'table';
};

/**
 * Every chart of the SPA comes with the same figures as a table: a toggle switches between them,
 * and the table is a plain semantic `<table>` that screen readers and copy-paste understand.
 */
export function ChartWithTable<Row>({
  title,
  description,
  rows,
  rowKey,
  columns,
  chart,
  defaultView = 'chart',
}: Props<Row>) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>(defaultView);
  const headingId = useId();

  return (
    <Card
      title={<span id={headingId}>{title}</span>}
      extra={
        <Segmented<'chart' | 'table'>
          aria-label={t('chart.view')}
          value={view}
          onChange={setView}
          options={[
            { label: t('chart.asChart'), value: 'chart' },
            { label: t('chart.asTable'), value: 'table' },
          ]}
        />
      }
      styles={{ body: { overflowX: 'auto' } }}
    >
      {description ? <p style={{ marginTop: 0 }}>{description}</p> : null}
      {view === 'chart' ? (
        <figure role="img" aria-label={t('chart.chartAlt', { title })} style={{ margin: 0 }}>
          <div aria-hidden="true">{chart}</div>
        </figure>
      ) : (
        <table className="ntm-data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.key} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
