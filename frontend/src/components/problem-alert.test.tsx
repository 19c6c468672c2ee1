import { screen } from '@testing-library/react';

import { ApiProblem } from '@/lib/api-problem';
import { renderWithProviders } from '@/testing/render';

import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('says a database outage changed nothing and may be retried', () => {
    renderWithProviders(
      <ProblemAlert
        error={
          new ApiProblem({
            type: '/problems/unavailable',
            title: 'Service unavailable',
            status: 503,
            detail: 'The database is unavailable for a moment; nothing was changed.',
          })
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('chưa có gì thay đổi');
  });

  it('says a save whose commit lost its connection may or may not have been saved', () => {
    renderWithProviders(
      <ProblemAlert
        error={
          new ApiProblem({
            type: '/problems/outcome-unknown',
            title: 'Outcome unknown',
            status: 503,
            detail: 'It may or may not have been saved.',
          })
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('có thể đã được lưu hoặc chưa');
    expect(alert).not.toHaveTextContent('chưa có gì thay đổi');
  });
});
