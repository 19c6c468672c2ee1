import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { problemFromResponse } from '@/lib/api-problem';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, TEST_API } from '@/testing/render';

import { QueryList } from './list-state';

function Obstacles() {
  const query = useQuery({
    queryKey: ['obstacles'],
    queryFn: async () => {
      const response = await fetch(`${TEST_API}/api/v1/obstacles`);
      if (!response.ok) throw await problemFromResponse(response);
      return (await response.json()) as { items: { id: string; title: string }[] };
    },
  });
  return (
    <QueryList query={query} isEmpty={(data) => data.items.length === 0}>
      {(data) => (
        <ul>
          {data.items.map((item) => (
            <li key={item.id}>{item.title}</li>
          ))}
        </ul>
      )}
    </QueryList>
  );
}

describe('QueryList', () => {
  it('shows loading, then the items', async () => {
    server.use(
      http.get(`${TEST_API}/api/v1/obstacles`, () =>
        HttpResponse.json({ items: [{ id: '1', title: 'Thiếu vốn đối ứng' }] }),
      ),
    );
    renderWithProviders(<Obstacles />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
    expect(await screen.findByText('Thiếu vốn đối ứng')).toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    server.use(http.get(`${TEST_API}/api/v1/obstacles`, () => HttpResponse.json({ items: [] })));
    renderWithProviders(<Obstacles />);
    expect(await screen.findByText('Chưa có dữ liệu')).toBeInTheDocument();
  });

  it('shows the problem and retries on request', async () => {
    let calls = 0;
    server.use(
      http.get(`${TEST_API}/api/v1/obstacles`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              {
                title: 'Forbidden',
                status: 403,
                detail: 'Your role does not allow this operation',
              },
              { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : HttpResponse.json({ items: [{ id: '2', title: 'Đường giao thông xuống cấp' }] });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<Obstacles />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vai trò của bạn không được làm việc này');
    expect(alert).toHaveTextContent('Your role does not allow this operation');
    expect(calls).toBe(1); // a 4xx is not retried
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Đường giao thông xuống cấp')).toBeInTheDocument();
  });
});
