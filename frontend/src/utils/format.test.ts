import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyAmount,
  formatNumber,
  formatPercent,
  moneyUnitFor,
  moneyUnitLabel,
} from './format';

describe('formatNumber', () => {
  it('writes Vietnamese numbers with dot groups and a decimal comma', () => {
    expect(formatNumber(1250.5, 'vi')).toBe('1.250,5');
    expect(formatNumber(1_234_567, 'vi')).toBe('1.234.567');
    expect(formatNumber(0, 'vi')).toBe('0');
  });

  it('writes English numbers with comma groups and a decimal point', () => {
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
  });

  it('rounds to the fraction digits asked for', () => {
    expect(formatNumber(2.3456, 'vi')).toBe('2,35');
    expect(formatNumber(5, 'vi', { minimumFractionDigits: 1 })).toBe('5,0');
  });
});

describe('formatPercent', () => {
  it('shows whole and fractional percentages without a space', () => {
    expect(formatPercent(0.82, 'vi')).toBe('82%');
    expect(formatPercent(0.825, 'vi')).toBe('82,5%');
    expect(formatPercent(0.825, 'en')).toBe('82.5%');
    expect(formatPercent(1, 'vi')).toBe('100%');
  });

  it('shows 5 of 17 criteria as 29,4%', () => {
    expect(formatPercent(5 / 17, 'vi')).toBe('29,4%');
  });
});

describe('formatMoney', () => {
  it('shows integer đồng in triệu đồng by default', () => {
    expect(formatMoney(1_250_000_000, 'vi')).toBe('1.250 triệu đồng');
    expect(formatMoney(1_250_500_000, 'vi')).toBe('1.250,5 triệu đồng');
  });

  it('writes the English equivalent', () => {
    expect(formatMoney(1_250_000_000, 'en')).toBe('VND 1,250 million');
    expect(formatMoney(125_300_000_000, 'en', { unit: 'billion' })).toBe('VND 125.3 billion');
    expect(formatMoney(500_000, 'en', { unit: 'dong' })).toBe('VND 500,000');
  });

  it('uses tỷ đồng from ten billion on when the unit is automatic', () => {
    expect(formatMoney(125_300_000_000, 'vi', { unit: 'auto' })).toBe('125,3 tỷ đồng');
    expect(formatMoney(9_999_000_000, 'vi', { unit: 'auto' })).toBe('9.999 triệu đồng');
    expect(formatMoney(750_000, 'vi', { unit: 'auto' })).toBe('750.000 đồng');
    expect(moneyUnitFor(-20_000_000_000)).toBe('billion');
  });

  it('rounds half away from zero, exactly, on amounts beyond a double', () => {
    // 2^53 + 1 đồng cannot be a JS number; as BigInt or string it is exact.
    expect(formatMoney(9_007_199_254_740_993n, 'vi', { unit: 'dong' })).toBe(
      '9.007.199.254.740.993 đồng',
    );
    expect(formatMoney('123456789012345678', 'vi', { unit: 'billion' })).toBe(
      '123.456.789,01 tỷ đồng',
    );
    expect(formatMoney(1_250_050_000, 'vi')).toBe('1.250,1 triệu đồng');
    expect(formatMoney(1_250_049_999, 'vi')).toBe('1.250 triệu đồng');
    expect(formatMoney(-1_250_050_000, 'vi')).toBe('-1.250,1 triệu đồng');
    expect(formatMoney(-1_250_050_000, 'en')).toBe('-VND 1,250.1 million');
  });

  it('rounds 1,005 triệu up to 1,01 where float toFixed gives 1,00', () => {
    expect(formatMoney(300_000, 'vi', { unit: 'million' })).toBe('0,3 triệu đồng');
    expect(formatMoneyAmount(1_005_000, 'vi', 'million', 2)).toBe('1,01');
  });

  it('does not show minus zero', () => {
    expect(formatMoney(-10, 'vi')).toBe('0 triệu đồng');
  });

  it('refuses amounts that are not integer đồng', () => {
    expect(() => formatMoney(1.5, 'vi')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, 'vi')).toThrow(RangeError);
    expect(() => formatMoney('12,5', 'vi')).toThrow(RangeError);
  });

  it('names units for column headers', () => {
    expect(moneyUnitLabel('million', 'vi')).toBe('triệu đồng');
    expect(moneyUnitLabel('billion', 'en')).toBe('VND billion');
  });
});

describe('formatDate', () => {
  it('writes calendar dates as dd/mm/yyyy in Vietnamese and d Mon yyyy in English', () => {
    expect(formatDate('2026-11-28', 'vi')).toBe('28/11/2026');
    expect(formatDate('2019-04-24', 'vi')).toBe('24/04/2019');
    expect(formatDate('2026-11-28', 'en')).toBe('28 Nov 2026');
  });

  it('shows an instant on the province calendar day, whatever the browser zone', () => {
    // 20:00 UTC on the 27th is already 03:00 on the 28th in Sơn La (UTC+7).
    expect(formatDate('2026-11-27T20:00:00Z', 'vi')).toBe('28/11/2026');
  });

  it('refuses impossible dates', () => {
    expect(() => formatDate('2026-02-30', 'vi')).toThrow(RangeError);
    expect(() => formatDate('not a date', 'vi')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes date then 24-hour time in province time', () => {
    expect(formatDateTime('2026-11-28T07:05:00Z', 'vi')).toBe('28/11/2026 14:05');
    expect(formatDateTime('2026-11-28T07:05:00Z', 'en')).toBe('28 Nov 2026, 14:05');
  });
});
