/**
 * The years without a figure across the series of a chart, one entry a year, and the series
 * breaks, one entry a year too, for the markers and the description.
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

/** A wave from which one or more series are not comparable with their previous wave. */
export interface MergedBreak {
	year: number;
	/** True when every series given breaks there. */
	inEverySeries: boolean;
	/** The tones of the series that break, unique, in the series' order. */
	tones: Tone[];
}

/**
 * Merges the series breaks of several series, by year.
 * @example mergeBreaks([{ tone: 'entrepreneurs', breaks: [{ year: 2017, fromYear: 2016 }] }, { tone: 'entrepreneurs', breaks: [] }])
 * // [{ year: 2017, inEverySeries: false, tones: ['entrepreneurs'] }]
 */
export function mergeBreaks(series: readonly Pick<SeriesView, 'breaks' | 'tone'>[]): MergedBreak[] {
	const byYear = new Map<number, { count: number; tones: Set<Tone> }>();
	for (const one of series) {
		for (const year of new Set(one.breaks.map((seriesBreak) => seriesBreak.year))) {
			const entry = byYear.get(year) ?? { count: 0, tones: new Set() };
			entry.count += 1;
			entry.tones.add(one.tone);
			byYear.set(year, entry);
		}
	}
	return [...byYear]
		.sort(([a], [b]) => a - b)
		.map(([year, { count, tones }]) => ({
			year,
			inEverySeries: count === series.length,
			tones: [...tones]
		}));
}

/**
 * Where a break's marker stands on the year axis: half-way into the year before the wave, between
 * it and the wave before (or the last missing year), where no point is drawn.
 * @example breakMarkerYear(2017) // 2016.5
 */
export function breakMarkerYear(year: number): number {
	return year - 0.5;
}
