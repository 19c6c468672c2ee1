import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage, rememberLanguage, type Language } from '@/lib/i18n/i18n';

/** Applies a language everywhere it shows: texts, Ant Design's dates, `<html lang>`. */
export function applyLanguageSideEffects(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
}

export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const setLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      applyLanguageSideEffects(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return [language, setLanguage];
}
