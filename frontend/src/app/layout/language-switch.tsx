import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '@/hooks/use-language';
import type { Language } from '@/lib/i18n/i18n';

/** VI | EN; the choice is remembered in localStorage (the only thing the SPA stores there). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        {
          value: 'vi',
          label: (
            <span lang="vi" title="Tiếng Việt">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
