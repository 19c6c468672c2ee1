/**
 * The year the dashboards and lists open on: 2020, the deadline of plan 111/KH-UBND, whose targets
 * they follow (users pick another year on each screen; the choice travels in the address, `?year=`).
 * Districts existed until 30 June 2025 (DESIGN.md §4), so district screens offer years up to 2025.
 */
export const DEFAULT_YEAR = 2020;
export const FIRST_YEAR = 2016;
export const LAST_DISTRICT_YEAR = 2025;
/** The last day districts existed: screens that name districts and their communes today use it. */
export const LAST_DISTRICT_DAY = '2025-06-30';

/** The province of this deployment (GSO code). */
export const PROVINCE_CODE = '14';

/** 31 December of `year`: the reference date the services judge a year's records on. */
export const referenceDateOf = (year: number) => `${year}-12-31`;
