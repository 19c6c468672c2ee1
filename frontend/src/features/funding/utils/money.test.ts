import {
  dongFromJson,
  dongToJson,
  groupDong,
  parseDong,
  parseQuantity,
  valuationAmount,
} from './money';

describe('parseDong: what people type becomes whole đồng', () => {
  it.each([
    ['1.250.000.000', 1_250_000_000n],
    ['1250000000', 1_250_000_000n],
    ['1 250 000 000', 1_250_000_000n],
    ['1\u00a0250\u00a0000\u00a0000', 1_250_000_000n],
    ['  800.000.000 đồng ', 800_000_000n],
    ['999.999.999.999.999.999', 999_999_999_999_999_999n],
    ['7', 7n],
  ])('%s → %s', (text, dong) => {
    expect(parseDong(text)).toEqual({ ok: true, dong });
  });

  it('keeps amounts beyond 2^53 exact (no floating point anywhere)', () => {
    const result = parseDong('9.007.199.254.740.993');
    expect(result).toEqual({ ok: true, dong: 9_007_199_254_740_993n });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.250,5', 'notWhole'],
    ['1250.5', 'notWhole'],
    ['1,5', 'notWhole'],
    ['-5', 'negative'],
    ['12a', 'notANumber'],
    ['1.25.000', 'notANumber'],
  ] as const)('refuses %j (%s)', (text, reason) => {
    expect(parseDong(text)).toEqual({ ok: false, reason });
  });
});

describe('money to and from the API', () => {
  it('groups thousands with dots while typing', () => {
    expect(groupDong(1_250_000_000n)).toBe('1.250.000.000');
    expect(groupDong(0n)).toBe('0');
    expect(groupDong(999n)).toBe('999');
  });

  it('sends an integer and reads one back exactly', () => {
    expect(dongToJson(1_000_000_000_000_000n)).toBe(1e15);
    expect(Number.isInteger(dongToJson(1_250_000_000n))).toBe(true);
    expect(dongFromJson(8_150_000_000)).toBe(8_150_000_000n);
    expect(() => dongToJson(9_007_199_254_740_993n)).toThrow(RangeError);
    expect(() => dongFromJson(1.5)).toThrow(RangeError);
  });
});

describe('valuation of contributions in kind', () => {
  it('multiplies quantity by unit value exactly, half up to the đồng', () => {
    expect(valuationAmount(parseQuantity('4000')!, 150_000n)).toBe(600_000_000n);
    expect(valuationAmount(parseQuantity('2500,5')!, 80_000n)).toBe(200_040_000n);
    expect(valuationAmount(parseQuantity('0.5')!, 3n)).toBe(2n); // 1.5 → 2
    expect(valuationAmount(parseQuantity('0.1')!, 3n)).toBe(0n); // 0.3 → 0
    expect(valuationAmount(parseQuantity('1.000,25')!, 4n)).toBe(4001n);
  });

  it('refuses what is not a quantity', () => {
    expect(parseQuantity('abc')).toBeNull();
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity(-1)).toBeNull();
  });
});
