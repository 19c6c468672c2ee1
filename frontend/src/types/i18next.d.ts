import 'i18next';

import type { Translation } from '@/lib/i18n/translation';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
