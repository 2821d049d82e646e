import { comparePercents } from './comparePercents';
import type { Change, Estimate, NotComparableChange } from './types';

/**
 * The change of each answer of each population between consecutive available waves: years may
 * be missing, so a change runs from the previous wave that has the figure. A wave marked as a
 * break gets a `not_comparable` change with no numbers, and no earlier wave stands in for the
 * previous one. Sorted by population, question, answer and year; the publisher's own change is
 * attached where it printed one for the same pair of years.
 *
 * @example
 * changes(estimates).find((c) => c.questionId === 'awareness_terms' && c.toYear === 2016)
 * // { fromYear: 2013, toYear: 2016, fromPct: 64, toPct: 61, delta: -3, verdict: 'not_significant', … }
 */
export function changes(estimates: readonly Estimate[]): Change[] {
	const series = new Map<string, Estimate[]>();
	for (const estimate of estimates) {
		const key = `${estimate.population}/${estimate.questionId}/${estimate.answerId}`;
		const list = series.get(key);
		if (list) list.push(estimate);
		else series.set(key, [estimate]);
	}
	const result: Change[] = [];
	for (const list of series.values()) {
		list.sort((a, b) => a.year - b.year);
		for (let index = 1; index < list.length; index++) {
			const from = list[index - 1];
			const to = list[index];
			const between = {
				population: to.population,
				questionId: to.questionId,
				answerId: to.answerId,
				fromYear: from.year,
				toYear: to.year,
				fromPct: from.pct,
				toPct: to.pct,
				publishedDelta: to.publishedDeltaVsYear === from.year ? to.publishedDelta : null
			};
			result.push(
				to.break
					? { ...between, ...notComparable }
					: { ...between, ...comparePercents(to.pct, to.effectiveN, from.pct, from.effectiveN) }
			);
		}
	}
	return result.sort(
		(a, b) =>
			a.population.localeCompare(b.population) ||
			a.questionId.localeCompare(b.questionId) ||
			a.answerId.localeCompare(b.answerId) ||
			a.toYear - b.toYear
	);
}

const notComparable: Pick<
	NotComparableChange,
	'delta' | 'ciLow' | 'ciHigh' | 'z' | 'pValue' | 'verdict'
> = { delta: null, ciLow: null, ciHigh: null, z: null, pValue: null, verdict: 'not_comparable' };

/**
 * The first wave after `fromYear`, up to `toYear`, whose figure of this series is marked as a
 * break: two waves with one between them (or at `toYear`) cannot be compared. Null when none.
 *
 * @example
 * breakBetween(estimates, 'entrepreneurs', 'partnership_expectations', 'financial_support', 2016, 2018)
 * // { year: 2017, break: true, breakNoteEn: 'The 2016 figure is a press paraphrase…', … }
 */
export function breakBetween(
	estimates: readonly Estimate[],
	population: string,
	questionId: string,
	answerId: string,
	fromYear: number,
	toYear: number
): Estimate | null {
	const [low, high] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
	let first: Estimate | null = null;
	for (const estimate of estimates) {
		if (
			estimate.break &&
			estimate.year > low &&
			estimate.year <= high &&
			estimate.population === population &&
			estimate.questionId === questionId &&
			estimate.answerId === answerId &&
			(first === null || estimate.year < first.year)
		)
			first = estimate;
	}
	return first;
}
