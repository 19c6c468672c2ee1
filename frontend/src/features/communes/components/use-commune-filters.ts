import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { Filters } from './commune-filters';

const KEYS = ['district', 'level', 'state', 'minMet', 'pilot', 'q'] as const;

/** The list's filters live in the address, so a filtered list can be bookmarked or sent. */
export function useCommuneFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<Filters>(() => {
    const minMet = params.get('minMet');
    return {
      district: params.get('district') ?? undefined,
      level: params.get('level') ?? undefined,
      state: params.get('state') ?? undefined,
      minMet:
        minMet !== null && minMet !== '' && !Number.isNaN(Number(minMet))
          ? Number(minMet)
          : undefined,
      pilot: params.get('pilot') === '1' ? true : undefined,
      q: params.get('q') ?? undefined,
    };
  }, [params]);
  const setFilters = useCallback(
    (next: Filters) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const key of KEYS) copy.delete(key);
          if (next.district) copy.set('district', next.district);
          if (next.level) copy.set('level', next.level);
          if (next.state) copy.set('state', next.state);
          if (next.minMet !== undefined) copy.set('minMet', String(next.minMet));
          if (next.pilot) copy.set('pilot', '1');
          if (next.q) copy.set('q', next.q);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilters];
}
