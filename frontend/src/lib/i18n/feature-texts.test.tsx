import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { defineTexts, useTexts } from './feature-texts';
import { createI18n } from './i18n';

const vi = {
  title: 'Hồ sơ đánh giá',
  saved: 'Đã lưu {{count}} giá trị',
  nested: { state: 'Nháp' },
} as const;
const texts = defineTexts('probe', vi, {
  title: 'Assessments',
  saved: 'Saved {{count}} values',
  nested: { state: 'Draft' },
});

function Probe() {
  const t = useTexts(texts);
  return (
    <p>
      {t('title')} / {t('nested.state')} / {t('saved', { count: 3 })}
    </p>
  );
}

describe('feature text bundles', () => {
  it('registers a feature namespace and follows the language', async () => {
    const i18n = createI18n('vi');
    render(
      <I18nextProvider i18n={i18n}>
        <Probe />
      </I18nextProvider>,
    );
    expect(screen.getByText('Hồ sơ đánh giá / Nháp / Đã lưu 3 giá trị')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Assessments / Draft / Saved 3 values')).toBeInTheDocument();
    expect(i18n.hasResourceBundle('en', 'probe')).toBe(true);
  });
});
