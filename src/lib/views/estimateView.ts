import type { Change, Comparison, Estimate } from '../analysis/types';
import { SMALL_BASE } from '../stats/smallBase';
import type { Catalog } from './catalog';
import type { ChangeView, DifferenceView, EstimateView, NotComparableView } from './types';

/**
 * A comparison as views show it.
 *
 * @example
 * differenceView(change, change.fromYear) // { fromYear: 2016, delta: -13, ciLow: -17.2…, ciHigh: -8.7…, pValue: 2.9e-9, verdict: 'significant' }
 */
export function differenceView(comparison: Comparison, fromYear: number | null): DifferenceView {
	return {
		fromYear,
		delta: comparison.delta,
		ciLow: comparison.ciLow,
		ciHigh: comparison.ciHigh,
		pValue: comparison.pValue,
		verdict: comparison.verdict
	};
}

/**
 * No change from `fromYear`: the series breaks at `broken`, whose note, in the catalog's language,
 * says why (the figure's own note, in English, is shown apart).
 *
 * @example
 * notComparableView(catalog, 2016, estimate) // { fromYear: 2016, delta: null, verdict: 'not_comparable', note: 'Le chiffre 2016…', … }
 */
export function notComparableView(
	catalog: Catalog,
	fromYear: number,
	broken: Estimate
): NotComparableView {
	return {
		fromYear,
		delta: null,
		ciLow: null,
		ciHigh: null,
		pValue: null,
		verdict: 'not_comparable',
		note: catalog.lang === 'fr' ? broken.breakNoteFr : broken.breakNoteEn
	};
}

/**
 * A change as views show it: tested, or not comparable across a series break.
 *
 * @example
 * changeView(catalog, change, estimate).verdict // 'not_significant'
 */
export function changeView(catalog: Catalog, change: Change, estimate: Estimate): ChangeView {
	return change.verdict === 'not_comparable'
		? notComparableView(catalog, change.fromYear, estimate)
		: differenceView(change, change.fromYear);
}

/**
 * An estimate with its labels in the catalog's language and its change against the previous wave.
 *
 * @example
 * estimateView(catalog, estimate).label // 'Économie sociale et solidaire (ESS)'
 */
export function estimateView(catalog: Catalog, estimate: Estimate): EstimateView {
	const change = catalog.changeTo(
		estimate.population,
		estimate.questionId,
		estimate.answerId,
		estimate.year
	);
	return {
		key: [estimate.population, estimate.questionId, estimate.answerId, estimate.year].join('/'),
		year: estimate.year,
		population: estimate.population,
		populationLabel: catalog.populationLabel(estimate.population),
		tone: catalog.tone(estimate.population),
		label: catalog.answerLabel(
			estimate.questionId,
			estimate.answerId,
			estimate.year,
			estimate.population
		),
		value: estimate.pct,
		ciLow: estimate.ciLow,
		ciHigh: estimate.ciHigh,
		base: estimate.base,
		baseAssumed: estimate.baseAssumed,
		smallBase: estimate.effectiveN !== null && estimate.effectiveN < SMALL_BASE,
		derived: estimate.derived,
		approximate: estimate.approximate,
		change: change ? changeView(catalog, change, estimate) : null,
		note: estimate.note,
		source: estimate.source
	};
}
