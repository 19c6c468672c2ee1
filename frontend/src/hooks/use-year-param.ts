import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import { DEFAULT_YEAR, FIRST_YEAR } from '@/config/programme';

/** The year a screen shows, kept in the address (`?year=2020`) so a link or a reload keeps it. */
export function useYearParam(
  lastYear: number = new Date().getFullYear(),
): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= FIRST_YEAR && raw <= lastYear ? raw : DEFAULT_YEAR;
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('year', String(next));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}

export function yearOptions(lastYear: number = new Date().getFullYear()): number[] {
  const years: number[] = [];
  for (let y = lastYear; y >= FIRST_YEAR; y--) years.push(y);
  return years;
}
