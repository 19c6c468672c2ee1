import type { ThresholdDocument } from '../api/types';
import type { CatalogueT } from '../i18n';

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** "≥ 80 %", "50–70 %", "Đạt", with the commune class it applies to. */
export function thresholdText(
  threshold: ThresholdDocument,
  t: CatalogueT,
  number: (value: number) => string,
): string {
  // "80%" as Vietnamese (and English) write percentages; "5 km" for other units.
  const unit = threshold.unit ? (threshold.unit === '%' ? '%' : ` ${threshold.unit}`) : '';
  const comparator = threshold.comparator;
  let rule: string;
  if (!comparator) rule = t('tree.unknownComparator');
  else if (comparator === 'achieved' || comparator === 'none') rule = t(`comparator.${comparator}`);
  else if (comparator === 'between') {
    rule = `${number(threshold.value ?? 0)}–${threshold.upperValue === undefined || threshold.upperValue === null ? '?' : number(threshold.upperValue)}${unit}`;
  } else {
    rule = `${SYMBOL[comparator] ?? comparator} ${threshold.value === undefined || threshold.value === null ? '?' : number(threshold.value)}${unit}`;
  }
  const who = threshold.communeClass
    ? t('tree.classLabel', { class: threshold.communeClass })
    : t('tree.everyClass');
  return `${rule} (${who})`;
}
