/**
 * The years without a figure across the series of a chart, one entry a year, for the break
 * markers and the description.
 */
import type { MissingYear, SeriesView, Tone } from '../../views/types';

/** A year without a figure in one or more series, with every reason given for it. */
export interface MergedMissingYear {
	year: number;
	/** Unique, 'no_wave' first. */
	reasons: MissingYear['reason'][];
	/** True when every series given lacks that year. */
	inEverySeries: boolean;
	/** The tones of the series that lack it, unique, in the series' order. */
	tones: Tone[];
}

const reasonOrder: MissingYear['reason'][] = ['no_wave', 'not_published'];

/**
 * Merges the missing years of several series, by year.
 * @example mergeMissingYears([{ tone: 'public', missing: [{ year: 2014, reason: 'no_wave' }] },
 *   { tone: 'entrepreneurs', missing: [{ year: 2014, reason: 'no_wave' }, { year: 2015, reason: 'not_published' }] }])
 * // [{ year: 2014, reasons: ['no_wave'], inEverySeries: true, tones: ['public', 'entrepreneurs'] },
 * //  { year: 2015, reasons: ['not_published'], inEverySeries: false, tones: ['entrepreneurs'] }]
 */
export function mergeMissingYears(
	series: readonly Pick<SeriesView, 'missing' | 'tone'>[]
): MergedMissingYear[] {
	const byYear = new Map<
		number,
		{ reasons: Set<MissingYear['reason']>; count: number; tones: Set<Tone> }
	>();
	for (const one of series) {
		for (const year of new Set(one.missing.map((missing) => missing.year))) {
			const entry = byYear.get(year) ?? { reasons: new Set(), count: 0, tones: new Set() };
			entry.count += 1;
			entry.tones.add(one.tone);
			byYear.set(year, entry);
		}
		for (const missing of one.missing) byYear.get(missing.year)?.reasons.add(missing.reason);
	}
	return [...byYear]
		.sort(([a], [b]) => a - b)
		.map(([year, { reasons, count, tones }]) => ({
			year,
			reasons: reasonOrder.filter((reason) => reasons.has(reason)),
			inEverySeries: count === series.length,
			tones: [...tones]
		}));
}
