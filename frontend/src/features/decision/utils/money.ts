/**
 * Officials type budgets in triệu đồng the Vietnamese way: "20.000" is twenty thousand million,
 * "1.250,5" is 1 250.5 million. The API takes whole đồng.
 *
 * Returns the amount in đồng, or null when the text is not such a number (negative, letters,
 * more than three decimals of a million, beyond a safe integer).
 */
export function millionsToDong(text: string | undefined | null): number | null {
  const trimmed = (text ?? '').trim().replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,6})?$|^\d+(,\d{1,6})?$/.test(trimmed)) return null;
  const [whole = '', fraction = ''] = trimmed.replace(/\./g, '').split(',');
  const dong = BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0') || '0');
  return dong <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(dong) : null;
}

/** The inverse, for putting an amount back in a form: 20_000_000_000 → "20.000". */
export function dongToMillionsText(dong: number): string {
  const whole = Math.floor(dong / 1_000_000);
  const rest = dong % 1_000_000;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rest === 0 ? grouped : `${grouped},${String(rest).padStart(6, '0').replace(/0+$/, '')}`;
}
