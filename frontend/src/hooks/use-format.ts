import { useMemo } from 'react';

import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyAmount,
  formatNumber,
  formatPercent,
  moneyUnitLabel,
} from '@/utils/format';

import { useLanguage } from './use-language';

type Tail<F> = F extends (first: never, lang: never, ...rest: infer R) => string ? R : never;

/** The formatters of `utils/format`, bound to the language the user chose. */
export function useFormat() {
  const [lang] = useLanguage();
  return useMemo(
    () => ({
      number: (value: number, ...rest: Tail<typeof formatNumber>) =>
        formatNumber(value, lang, ...rest),
      percent: (ratio: number, ...rest: Tail<typeof formatPercent>) =>
        formatPercent(ratio, lang, ...rest),
      money: (amount: Parameters<typeof formatMoney>[0], ...rest: Tail<typeof formatMoney>) =>
        formatMoney(amount, lang, ...rest),
      moneyAmount: (
        amount: Parameters<typeof formatMoneyAmount>[0],
        ...rest: Tail<typeof formatMoneyAmount>
      ) => formatMoneyAmount(amount, lang, ...rest),
      moneyUnit: (unit: Parameters<typeof moneyUnitLabel>[0]) => moneyUnitLabel(unit, lang),
      date: (value: string | Date) => formatDate(value, lang),
      dateTime: (value: string | Date) => formatDateTime(value, lang),
    }),
    [lang],
  );
}
