/**
 * Numbers, money, percentages and dates the way Vietnamese officials write them (`1.250,5`,
 * `1.250 triệu đồng`, `82,5%`, `28/11/2026`), and the English equivalents.
 *
 * Money is integer đồng (DESIGN.md §6) and is scaled with BigInt, so no amount is ever rounded
 * through a binary fraction.
 */
export type FormatLanguage = 'vi' | 'en';

const LOCALES: Record<FormatLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Dates and times are shown in the province's time zone, whatever the browser's. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: FormatLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

// ----------------------------------------------------------------------------------------------
// numbers and percentages

export function formatNumber(
  value: number,
  lang: FormatLanguage,
  { maximumFractionDigits = 2, minimumFractionDigits = 0 } = {},
): string {
  return numberFormat(lang, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** `ratio` is a share between 0 and 1: 0.825 → `82,5%` (vi) / `82.5%` (en). */
export function formatPercent(
  ratio: number,
  lang: FormatLanguage,
  { maximumFractionDigits = 1 } = {},
): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits }).format(ratio);
}

// ----------------------------------------------------------------------------------------------
// money

/** Integer đồng as the API sends it: a safe integer, a BigInt, or a string of digits. */
export type Dong = number | bigint | string;
export type MoneyUnit = 'dong' | 'million' | 'billion';

const DIVISORS: Record<MoneyUnit, bigint> = {
  dong: 1n,
  million: 1_000_000n,
  billion: 1_000_000_000n,
};
const DEFAULT_FRACTION_DIGITS: Record<MoneyUnit, number> = { dong: 0, million: 1, billion: 2 };
const TEN_BILLION = 10_000_000_000n;

export function toDong(amount: Dong): bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount)) {
      throw new RangeError(`money must be a safe integer number of đồng, got ${amount}`);
    }
    return BigInt(amount);
  }
  if (!/^-?\d+$/.test(amount)) {
    throw new RangeError(`money must be an integer number of đồng, got "${amount}"`);
  }
  return BigInt(amount);
}

/** The unit a headline figure reads best in: đồng below a million, tỷ from ten billion on. */
export function moneyUnitFor(amount: Dong): MoneyUnit {
  const dong = toDong(amount);
  const magnitude = dong < 0n ? -dong : dong;
  if (magnitude >= TEN_BILLION) return 'billion';
  if (magnitude >= DIVISORS.million) return 'million';
  return 'dong';
}

/** `amount / divisor`, rounded half away from zero to `fractionDigits`, trailing zeros dropped. */
function scaledDecimal(
  amount: bigint,
  divisor: bigint,
  fractionDigits: number,
  lang: FormatLanguage,
): string {
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const scale = 10n ** BigInt(fractionDigits);
  const rounded = (magnitude * scale * 2n + divisor) / (2n * divisor);
  const integerPart = rounded / scale;
  const fraction = (rounded % scale).toString().padStart(fractionDigits, '0').replace(/0+$/, '');
  const grouped = numberFormat(lang, { maximumFractionDigits: 0 }).format(integerPart);
  const decimalSeparator = lang === 'vi' ? ',' : '.';
  const text = fraction ? `${grouped}${decimalSeparator}${fraction}` : grouped;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** The number alone, for table cells whose column header names the unit. */
export function formatMoneyAmount(
  amount: Dong,
  lang: FormatLanguage,
  unit: MoneyUnit,
  fractionDigits: number = DEFAULT_FRACTION_DIGITS[unit],
): string {
  return scaledDecimal(toDong(amount), DIVISORS[unit], fractionDigits, lang);
}

/** `triệu đồng`, `VND million`: for column headers and axis labels. */
export function moneyUnitLabel(unit: MoneyUnit, lang: FormatLanguage): string {
  if (lang === 'vi') return { dong: 'đồng', million: 'triệu đồng', billion: 'tỷ đồng' }[unit];
  return { dong: 'VND', million: 'VND million', billion: 'VND billion' }[unit];
}

/**
 * 1_250_000_000 → `1.250 triệu đồng` (vi) / `VND 1,250 million` (en).
 * `unit: 'auto'` picks the unit with {@link moneyUnitFor}; tables should pass one fixed unit.
 */
export function formatMoney(
  amount: Dong,
  lang: FormatLanguage,
  { unit = 'million', fractionDigits }: { unit?: MoneyUnit | 'auto'; fractionDigits?: number } = {},
): string {
  const chosen = unit === 'auto' ? moneyUnitFor(amount) : unit;
  const number = formatMoneyAmount(amount, lang, chosen, fractionDigits);
  if (lang === 'vi') return `${number} ${moneyUnitLabel(chosen, 'vi')}`;
  const scaleWord = { dong: '', million: ' million', billion: ' billion' }[chosen];
  return number.startsWith('-')
    ? `-VND ${number.slice(1)}${scaleWord}`
    : `VND ${number}${scaleWord}`;
}

// ----------------------------------------------------------------------------------------------
// dates

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: FormatLanguage, options: Intl.DateTimeFormatOptions) {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

const DAY_OPTIONS: Record<FormatLanguage, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

function toInstant(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date;
}

/**
 * `2026-11-28` → `28/11/2026` (vi) / `28 Nov 2026` (en). A calendar date (YYYY-MM-DD, as the API
 * sends decision and target dates) is shown as that day everywhere; an instant is shown in the
 * province's time zone.
 */
export function formatDate(value: string | Date, lang: FormatLanguage): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1) throw new RangeError(`not a date: ${value}`);
      return dateFormat(lang, { ...DAY_OPTIONS[lang], timeZone: 'UTC' }).format(date);
    }
  }
  return dateFormat(lang, { ...DAY_OPTIONS[lang], timeZone: PROVINCE_TIME_ZONE }).format(
    toInstant(value),
  );
}

/** An instant: `28/11/2026 14:05` (vi) / `28 Nov 2026, 14:05` (en), province time. */
export function formatDateTime(value: string | Date, lang: FormatLanguage): string {
  const instant = toInstant(value);
  const day = dateFormat(lang, { ...DAY_OPTIONS[lang], timeZone: PROVINCE_TIME_ZONE }).format(
    instant,
  );
  const time = dateFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(instant);
  return lang === 'vi' ? `${day} ${time}` : `${day}, ${time}`;
}
