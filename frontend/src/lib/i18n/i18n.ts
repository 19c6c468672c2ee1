import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The only thing the SPA keeps in localStorage: the language the user picked. */
export const LANGUAGE_STORAGE_KEY = 'ntm.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice lasts until the page is reloaded.
  }
}

/** A fresh i18next instance (tests make their own; the app makes one at start). */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.language) ? instance.language : 'vi';
}
