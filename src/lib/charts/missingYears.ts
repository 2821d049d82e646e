/**
 * The years without a figure across the series of a chart, one entry a year, for the break
 * markers and the description.
 */
import type { MissingYear, SeriesView } from '../views/types';

/** A year without a figure in one or more series, with every reason given for it. */
export interface MergedMissingYear {
	year: number;
	/** Unique, 'no_wave' first. */
	reasons: MissingYear['reason'][];
	/** True when every series given lacks that year. */
	inEverySeries: boolean;
}

const reasonOrder: MissingYear['reason'][] = ['no_wave', 'not_published'];

/**
 * Merges the missing years of several series, by year.
 * @example mergeMissingYears([{ missing: [{ year: 2014, reason: 'no_wave' }] },
 *   { missing: [{ year: 2014, reason: 'no_wave' }, { year: 2015, reason: 'not_published' }] }])
 * // [{ year: 2014, reasons: ['no_wave'], inEverySeries: true },
 * //  { year: 2015, reasons: ['not_published'], inEverySeries: false }]
 */
export function mergeMissingYears(series: readonly Pick<SeriesView, 'missing'>[]): MergedMissingYear[] {
	const byYear = new Map<number, { reasons: Set<MissingYear['reason']>; count: number }>();
	for (const one of series) {
		for (const year of new Set(one.missing.map((missing) => missing.year))) {
			const entry = byYear.get(year) ?? { reasons: new Set(), count: 0 };
			entry.count += 1;
			byYear.set(year, entry);
		}
		for (const missing of one.missing) byYear.get(missing.year)?.reasons.add(missing.reason);
	}
	return [...byYear]
		.sort(([a], [b]) => a - b)
		.map(([year, { reasons, count }]) => ({
			year,
			reasons: reasonOrder.filter((reason) => reasons.has(reason)),
			inEverySeries: count === series.length
		}));
}
