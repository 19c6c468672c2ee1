import type { vi } from './vi';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: Vietnamese's keys, any strings. */
export type Translation = Widen<typeof vi>;
