import { comparePercents } from './comparePercents';
import type { Change, Estimate } from './types';

/**
 * The change of each answer of each population between consecutive available waves: years may
 * be missing, so a change runs from the previous wave that has the figure. Sorted by population,
 * question, answer and year; the publisher's own change is attached where it printed one for
 * the same pair of years.
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
			result.push({
				population: to.population,
				questionId: to.questionId,
				answerId: to.answerId,
				fromYear: from.year,
				toYear: to.year,
				fromPct: from.pct,
				toPct: to.pct,
				publishedDelta: to.publishedDeltaVsYear === from.year ? to.publishedDelta : null,
				...comparePercents(to.pct, to.effectiveN, from.pct, from.effectiveN)
			});
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
