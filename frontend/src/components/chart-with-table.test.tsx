import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

import { renderWithProviders } from '@/testing/render';
import { formatMoneyAmount } from '@/utils/format';

import { ChartWithTable } from './chart-with-table';

// Illustrative figures for the component only; no screen shows them.
const rows = [
  { source: 'Ngân sách Trung ương', planned: 12_500_000_000, disbursed: 9_250_500_000 },
  { source: 'Ngân sách tỉnh', planned: 4_000_000_000, disbursed: 3_100_000_000 },
];

function FundingChart({ defaultView }: { defaultView?: 'chart' | 'table' }) {
  return (
    <ChartWithTable
      title="Nguồn vốn theo nguồn"
      description="Đơn vị: triệu đồng"
      rows={rows}
      rowKey={(row) => row.source}
      defaultView={defaultView}
      columns={[
        { key: 'source', title: 'Nguồn', render: (row) => row.source },
        {
          key: 'planned',
          title: 'Kế hoạch',
          numeric: true,
          render: (row) => formatMoneyAmount(row.planned, 'vi', 'million'),
        },
        {
          key: 'disbursed',
          title: 'Giải ngân',
          numeric: true,
          render: (row) => formatMoneyAmount(row.disbursed, 'vi', 'million'),
        },
      ]}
      chart={
        <BarChart width={600} height={240} data={rows}>
          <XAxis dataKey="source" />
          <YAxis />
          <Bar dataKey="planned" fill="#95de64" isAnimationActive={false} />
          <Bar dataKey="disbursed" fill="#237804" isAnimationActive={false} />
        </BarChart>
      }
    />
  );
}

describe('ChartWithTable', () => {
  it('shows the chart as an image described for screen readers', () => {
    renderWithProviders(<FundingChart />);
    expect(
      screen.getByRole('img', { name: 'Biểu đồ: Nguồn vốn theo nguồn. Số liệu có trong bảng.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('switches to an accessible table with the same figures, in Vietnamese format', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FundingChart />);
    await user.click(screen.getByText('Bảng'));

    const table = screen.getByRole('table', { name: 'Nguồn vốn theo nguồn' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Nguồn', 'Kế hoạch', 'Giải ngân']);
    const central = within(table).getByRole('row', { name: /Ngân sách Trung ương/ });
    expect(within(central).getByRole('rowheader')).toHaveTextContent('Ngân sách Trung ương');
    expect(
      within(central)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12.500', '9.250,5']);
    expect(screen.queryByRole('img', { name: /Biểu đồ/ })).not.toBeInTheDocument();
  });

  it('can open on the table', () => {
    renderWithProviders(<FundingChart defaultView="table" />, { language: 'en' });
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByText('Chart')).toBeInTheDocument();
  });
});
