import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Texts that belong to one feature live in that feature (`features/<feature>/i18n.ts`) as an
 * i18next namespace of their own, so two people building two features never edit one shared
 * dictionary. Vietnamese is the source; English must have exactly its keys (the compiler says so):
 *
 *   export const texts = defineTexts('assessments', vi, en);
 *   const t = useTexts(texts);  t('entry.saved')  // typed keys, re-rendered on a language switch
 */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type TextBundle<T> = { readonly ns: string; readonly vi: T; readonly en: Widen<T> };

// i18next's plural forms are keys with a suffix; callers name the key without it and pass `count`.
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'other'}`
  ? Base
  : K;

/** "a.b.c" for every string leaf of T. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

export function defineTexts<const T>(ns: string, vi: T, en: Widen<T>): TextBundle<T> {
  return { ns, vi, en };
}

/** Adds the bundle's two languages to the i18next instance once (idempotent, synchronous). */
export function registerTexts(i18n: I18n, bundle: TextBundle<unknown>): void {
  if (i18n.hasResourceBundle('vi', bundle.ns)) return;
  i18n.addResourceBundle('vi', bundle.ns, bundle.vi, true, true);
  i18n.addResourceBundle('en', bundle.ns, bundle.en, true, true);
}

export type FeatureT<T> = (key: TextKey<T>, options?: TOptions) => string;

/** The feature's `t`, with keys checked against its Vietnamese texts. */
export function useTexts<T>(bundle: TextBundle<T>): FeatureT<T> {
  const { i18n } = useTranslation();
  registerTexts(i18n, bundle);
  // The typed i18next declaration knows the shared namespace only; feature keys are typed above.
  const { t } = useTranslation(bundle.ns as 'translation');
  const untyped = t as unknown as (key: string, options?: TOptions) => string;
  return useCallback((key, options) => untyped(key, options), [untyped]);
}
