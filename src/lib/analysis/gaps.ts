import { comparePercents } from './comparePercents';
import type { Estimate, Gap } from './types';

/**
 * Gaps between independent samples asked the same question, answer and year: for each pair of
 * top-level populations in the order given (e.g. entrepreneurs, then public), a − b. Subgroups
 * are never compared with their parent: they share respondents, so the samples are not independent.
 *
 * @example
 * gaps(estimates, ['entrepreneurs', 'public']).find((g) => g.questionId === 'digital_social_link')
 * // { year: 2017, pctA: 60, pctB: 35, delta: 25, verdict: 'significant', … }
 */
export function gaps(estimates: readonly Estimate[], populations: readonly string[]): Gap[] {
	// The estimates of each year, question and answer, by population.
	const groups = new Map<string, Map<string, Estimate>>();
	for (const estimate of estimates) {
		if (!populations.includes(estimate.population)) continue;
		const key = `${estimate.year}/${estimate.questionId}/${estimate.answerId}`;
		const group = groups.get(key);
		if (group) group.set(estimate.population, estimate);
		else groups.set(key, new Map([[estimate.population, estimate]]));
	}
	const result: Gap[] = [];
	for (const group of groups.values()) {
		if (group.size < 2) continue;
		for (const [indexA, populationA] of populations.entries()) {
			const a = group.get(populationA);
			if (!a) continue;
			for (const populationB of populations.slice(indexA + 1)) {
				const b = group.get(populationB);
				if (!b) continue;
				result.push({
					year: a.year,
					questionId: a.questionId,
					answerId: a.answerId,
					populationA: a.population,
					populationB: b.population,
					pctA: a.pct,
					pctB: b.pct,
					...comparePercents(a.pct, a.effectiveN, b.pct, b.effectiveN)
				});
			}
		}
	}
	return result.sort(
		(a, b) =>
			a.year - b.year ||
			a.questionId.localeCompare(b.questionId) ||
			a.answerId.localeCompare(b.answerId) ||
			a.populationA.localeCompare(b.populationA) ||
			a.populationB.localeCompare(b.populationB)
	);
}
