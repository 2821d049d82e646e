/**
 * Domains for the charts' scales. Years sit on a linear scale (cheaper than a time scale), half a
 * year of room each side so the first and last points are not cut; percentages get domains
 * rounded to a step, within 0–100.
 */

/** The room, in years, left before the first year and after the last. */
export const YEAR_PADDING = 0.5;

/**
 * The domain of a year axis. An empty list gives [0, 1], so that an empty chart still draws.
 * @example yearDomain([2012, 2013, 2020]) // [2011.5, 2020.5]
 * @example yearDomain([]) // [0, 1]
 */
export function yearDomain(years: readonly number[]): [number, number] {
	if (years.length === 0) return [0, 1];
	return [Math.min(...years) - YEAR_PADDING, Math.max(...years) + YEAR_PADDING];
}

/** Options of percentDomain. */
export interface PercentDomainOptions {
	/** Round the ends to a multiple of this (points); default 10. */
	step?: number;
	/** Start at 0 whatever the values (bars, whose length must start at 0); default false. */
	includeZero?: boolean;
}

/**
 * A percentage domain covering the values, its ends rounded outward to a step and kept within
 * 0–100. An empty list gives [0, 100]; a single value, the step around it.
 * @example percentDomain([47, 70.2], { includeZero: true }) // [0, 80]
 * @example percentDomain([32.1, 92.4]) // [30, 100]
 * @example percentDomain([60, 60]) // [60, 70]
 */
export function percentDomain(
	values: readonly number[],
	options: PercentDomainOptions = {}
): [number, number] {
	const { step = 10, includeZero = false } = options;
	if (values.length === 0) return [0, 100];
	const low = includeZero ? 0 : Math.max(0, Math.floor(Math.min(...values) / step) * step);
	const high = Math.min(100, Math.ceil(Math.max(...values) / step) * step);
	if (high > low) return [low, high];
	return high < 100 ? [low, high + step] : [low - step, high];
}
