/**
 * Money as people type it and as the API takes it: whole đồng, never a binary fraction.
 * "1.250.000.000", "1 250 000 000" and "1250000000" are the same 1 250 000 000 đồng.
 */

/** The largest amount the funding service accepts (decision 0030): 10^15 đồng. */
export const MAX_DONG = 1_000_000_000_000_000n;

export type DongParse =
  | { ok: true; dong: bigint }
  | { ok: false; reason: 'empty' | 'notWhole' | 'notANumber' | 'negative' };

/**
 * Reads an amount of đồng as typed. Dots, spaces and non-breaking spaces group thousands (the
 * Vietnamese way); a comma or a dot followed by other than three digits is a fraction, which
 * đồng do not have.
 */
export function parseDong(text: string | null | undefined): DongParse {
  const raw = (text ?? '').trim();
  if (!raw) return { ok: false, reason: 'empty' };
  if (raw.startsWith('-')) return { ok: false, reason: 'negative' };
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/(?:đồng|đ|vnd|₫)$/i, '');
  if (/,/.test(compact)) return { ok: false, reason: 'notWhole' };
  if (/^\d{1,3}(\.\d{3})+$/.test(compact) || /^\d+$/.test(compact)) {
    return { ok: true, dong: BigInt(compact.replace(/\./g, '')) };
  }
  if (/^\d+\.\d+$/.test(compact)) return { ok: false, reason: 'notWhole' };
  return { ok: false, reason: 'notANumber' };
}

/** 1250000000n → "1.250.000.000": what the money input shows while one types. */
export function groupDong(dong: bigint): string {
  const digits = (dong < 0n ? -dong : dong).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return dong < 0n ? `-${grouped}` : grouped;
}

/**
 * The amount as the JSON number the API takes. Every amount the service accepts (≤ 10^15) is a safe
 * integer, so the number is exact; anything larger is refused here rather than rounded.
 */
export function dongToJson(dong: bigint): number {
  if (dong > BigInt(Number.MAX_SAFE_INTEGER) || dong < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${dong} đồng is not a safe integer`);
  }
  return Number(dong);
}

/** An amount the API answered (integer đồng as a JSON number) as a bigint, exactly. */
export function dongFromJson(amount: number | null | undefined): bigint {
  if (amount === null || amount === undefined) return 0n;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not whole đồng: ${amount}`);
  return BigInt(amount);
}

/** A decimal quantity ("2500,5" as Vietnamese write it, or a number's own "2500.5") → digits and scale, exactly. */
export function parseQuantity(
  text: string | number | null | undefined,
): { units: bigint; scale: number } | null {
  if (text === null || text === undefined) return null;
  const raw = String(text)
    .trim()
    .replace(/[\s\u00a0]/g, '');
  if (!raw) return null;
  // Vietnamese: "4.000,5" (dots group, comma decimal); also accept a plain "2500.5".
  const normalised = /,/.test(raw) ? raw.replace(/\./g, '').replace(',', '.') : raw;
  const match = /^(\d+)(?:\.(\d+))?$/.exec(normalised);
  if (!match?.[1]) return null;
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1] + fraction), scale: fraction.length };
}

/**
 * quantity × unit value, rounded half up to the đồng — the rule the service checks a valuation by
 * (labour days × day rate, m² × land price). Exact: no floating point on the way.
 */
export function valuationAmount(
  quantity: { units: bigint; scale: number },
  unitValue: bigint,
): bigint {
  const divisor = 10n ** BigInt(quantity.scale);
  return (quantity.units * unitValue * 2n + divisor) / (2n * divisor);
}
