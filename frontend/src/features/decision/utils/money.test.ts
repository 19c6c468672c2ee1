import { formatMoney } from '@/utils/format';

import { dongToMillionsText, millionsToDong } from './money';

describe('budget amounts typed in triệu đồng', () => {
  it.each([
    ['20.000', 20_000_000_000],
    ['20000', 20_000_000_000],
    ['1.250,5', 1_250_500_000],
    ['0', 0],
    [' 8.000 ', 8_000_000_000],
  ])('reads %s as %d đồng', (text, dong) => {
    expect(millionsToDong(text)).toBe(dong);
  });

  it.each(['', '-5', 'abc', '1.25', '1,2345678', '99999999999999999'])('refuses %s', (text) => {
    expect(millionsToDong(text)).toBeNull();
  });

  it('writes an amount back as officials type it, and reads it the same', () => {
    expect(dongToMillionsText(20_000_000_000)).toBe('20.000');
    expect(dongToMillionsText(1_250_500_000)).toBe('1.250,5');
    expect(millionsToDong(dongToMillionsText(987_654_321_000))).toBe(987_654_321_000);
  });

  it('shows proposal money as the province writes it', () => {
    expect(formatMoney(1_250_000_000, 'vi')).toBe('1.250 triệu đồng');
    expect(formatMoney(1_250_000_000, 'en')).toBe('VND 1,250 million');
  });
});
