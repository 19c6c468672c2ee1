import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import { http, HttpResponse } from 'msw';

import { ProblemAlert } from '@/components/problem-alert';
import { useServerValidation } from '@/hooks/use-server-validation';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, TEST_API } from '@/testing/render';

import { createApiClient } from './api-client';
import { changedNamePaths, toNamePath } from './form-problems';

describe('toNamePath', () => {
  it("turns the server's JSON paths into Ant Design name paths", () => {
    expect(toNamePath('code')).toEqual(['code']);
    expect(toNamePath('groups[0].criteria[2].code')).toEqual(['groups', 0, 'criteria', 2, 'code']);
    expect(toNamePath('[3].value')).toEqual([3, 'value']);
    expect(toNamePath('')).toEqual([]);
  });

  it('lists the leaves of changed values, sparse arrays included', () => {
    const criteria: unknown[] = [];
    criteria[2] = { code: 'x' };
    const groups: unknown[] = [];
    groups[1] = { criteria };
    expect(changedNamePaths({ groups })).toEqual([['groups', 1, 'criteria', 2, 'code']]);
    expect(changedNamePaths({ code: 'a', name: 'b' })).toEqual([['code'], ['name']]);
  });
});

type Paths = {
  '/api/v1/criteria-sets': {
    post: {
      requestBody: { content: { 'application/json': unknown } };
      responses: { 201: { content: { 'application/json': { code: string } } } };
    };
  };
};

function CriteriaSetForm() {
  const [form] = Form.useForm();
  const server = useServerValidation(form);
  const api = createApiClient<Paths>({
    baseUrl: TEST_API,
    getAccessToken: async () => 't',
    onUnauthorized: () => {},
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={server.onValuesChange}
      onFinish={(values: unknown) =>
        api.POST('/api/v1/criteria-sets', { body: values }).catch(server.report)
      }
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form.Item label="Mã bộ tiêu chí" name="code">
        <Input />
      </Form.Item>
      <Form.Item label="Tên" name="name">
        <Input />
      </Form.Item>
      <Form.Item label="Mã tiêu chí 3 của nhóm 1" name={['groups', 0, 'criteria', 2, 'code']}>
        <Input />
      </Form.Item>
      <Button htmlType="submit">Lưu</Button>
    </Form>
  );
}

describe('server validation in forms', () => {
  beforeEach(() => {
    server.use(
      http.post(`${TEST_API}/api/v1/criteria-sets`, () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: 'Invalid request',
            status: 400,
            detail: '3 fields are invalid',
            errors: [
              { field: 'code', message: 'must not be blank' },
              { field: 'groups[0].criteria[2].code', message: 'is already used in group 2' },
              { field: 'validFrom', message: 'must be a date' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
  });

  it('shows each field error under its field, and the rest in the alert', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CriteriaSetForm />);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu gửi lên chưa hợp lệ');
    expect(alert).toHaveTextContent('3 fields are invalid');
    expect(alert).toHaveTextContent('validFrom: must be a date');
    expect(alert).not.toHaveTextContent('must not be blank');

    const code = screen.getByLabelText('Mã bộ tiêu chí');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('must not be blank')).toBeInTheDocument();
    expect(screen.getByText('is already used in group 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên')).not.toHaveAttribute('aria-invalid', 'true');

    // Editing the field clears the server's complaint, as a client-side rule would.
    await user.type(code, 'SL-NC-2018');
    await waitFor(() => expect(screen.queryByText('must not be blank')).not.toBeInTheDocument());
  });
});

describe('ProblemAlert', () => {
  it('shows the translated summary, the detail and every field error', async () => {
    const { ApiProblem } = await import('./api-problem');
    renderWithProviders(
      <ProblemAlert
        error={
          new ApiProblem({
            title: 'Precondition Failed',
            status: 412,
            detail: 'The resource was changed by someone else meanwhile.',
            errors: [{ field: 'version', message: 'is stale' }],
          })
        }
        fieldLabels={{ version: 'Phiên bản' }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu đã được người khác sửa. Tải lại rồi sửa lại.');
    expect(alert).toHaveTextContent('The resource was changed by someone else meanwhile.');
    expect(alert).toHaveTextContent('Phiên bản: is stale');
  });

  it('speaks English when the user chose it', async () => {
    const { networkProblem } = await import('./api-problem');
    renderWithProviders(<ProblemAlert error={networkProblem(new TypeError('fetch failed'))} />, {
      language: 'en',
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The server cannot be reached.');
  });

  it('renders nothing without an error', () => {
    act(() => {
      renderWithProviders(<ProblemAlert error={null} />);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
