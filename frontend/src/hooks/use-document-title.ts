import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Bộ tiêu chí — NTM Nâng cao — Sơn La": screen readers announce it after each navigation. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
