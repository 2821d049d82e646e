import { breakBetween } from '../../analysis/changes';
import { comparePercents } from '../../analysis/comparePercents';
import type { Catalog } from '../catalog';
import { differenceView, estimateView, notComparableView } from '../estimateView';
import type { ChangeView, EstimateView } from '../types';

/** One answer of one population in two waves, and the change between them. */
export interface WaveComparisonRow {
	key: string;
	label: string;
	population: string;
	populationLabel: string;
	from: EstimateView;
	to: EstimateView;
	/** Not comparable when a series break lies between the two waves. */
	change: ChangeView;
	/** The wave whose figure breaks the series between the two; null when none does. */
	breakYear: number | null;
}

/**
 * Compares any two waves of a question, not only consecutive ones (e.g. 2013 with 2020), with
 * the same pooled z-test, Newcombe interval and verdict as consecutive changes. A pair with a
 * series break between them (or at the later wave) is refused: its change is `not_comparable`,
 * with the break's year and note. Answers missing in either wave are left out.
 *
 * @example
 * compareWaves(catalog, 'awareness_terms', ['public'], 2013, 2020)
 * // [{ label: 'Économie sociale et solidaire (ESS)', from: { value: 64 }, to: { value: 47 }, change: { delta: -17, verdict: 'significant' } }]
 */
export function compareWaves(
	catalog: Catalog,
	questionId: string,
	populations: readonly string[],
	fromYear: number,
	toYear: number
): WaveComparisonRow[] {
	const rows: WaveComparisonRow[] = [];
	for (const population of populations) {
		for (const answerId of catalog.answerIds(questionId)) {
			const from = catalog.estimate(population, questionId, answerId, fromYear);
			const to = catalog.estimate(population, questionId, answerId, toYear);
			if (!from || !to) continue;
			const broken = breakBetween(
				catalog.analysis.estimates,
				population,
				questionId,
				answerId,
				fromYear,
				toYear
			);
			rows.push({
				key: `${population}/${questionId}/${answerId}/${fromYear}-${toYear}`,
				label: catalog.answerLabel(questionId, answerId),
				population,
				populationLabel: catalog.populationLabel(population),
				from: estimateView(catalog, from),
				to: estimateView(catalog, to),
				change: broken
					? notComparableView(catalog, fromYear, broken)
					: differenceView(
							comparePercents(to.pct, to.effectiveN, from.pct, from.effectiveN),
							fromYear
						),
				breakYear: broken?.year ?? null
			});
		}
	}
	return rows;
}
