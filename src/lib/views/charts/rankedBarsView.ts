import { SINGLE_CHOICE_SUM_TOLERANCE } from '../../data/singleChoiceSum';
import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import { latestYear } from '../latestYear';
import type { RankedBarsView } from '../types';

export interface RankedBarsRequest {
	id: string;
	questionId: string;
	population: string;
	/** Answers to show; all of the question's when omitted. */
	answerIds?: readonly string[];
	/** The wave to show; the latest that asked the question of this population when omitted. */
	year?: number;
	title?: string;
}

/**
 * A question's answers for one population and wave, highest first. `partial` says that the
 * published answers are not all the question's answers (or, for a multiple-choice question, that
 * only some options were published), so no rank beyond them may be claimed. Null when the
 * population was never asked.
 *
 * @example
 * rankedBarsView(catalog, { id: 'obstacles', questionId: 'obstacles_development', population: 'entrepreneurs' })
 * // { year: 2017, bars: [{ label: 'Manque de moyens financiers', value: 43, … }, { value: 19, derived: true, … }], partial: true, … }
 */
export function rankedBarsView(
	catalog: Catalog,
	request: RankedBarsRequest
): RankedBarsView | null {
	const asked = catalog.analysis.estimates.filter(
		(e) =>
			e.questionId === request.questionId &&
			e.population === request.population &&
			(!request.answerIds || request.answerIds.includes(e.answerId))
	);
	const year = request.year ?? latestYear(asked);
	if (asked.length === 0 || year === null) return null;
	const bars = asked
		.filter((e) => e.year === year)
		.map((e) => estimateView(catalog, e))
		.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
	const question = catalog.question(request.questionId);
	const known = catalog.answerIds(request.questionId).length;
	const total = bars.reduce((sum, bar) => sum + bar.value, 0);
	const partial =
		question?.kind === 'single'
			? bars.length < known || Math.abs(total - 100) > SINGLE_CHOICE_SUM_TOLERANCE
			: true;
	return {
		id: request.id,
		title: request.title ?? catalog.questionLabel(request.questionId),
		year,
		population: request.population,
		populationLabel: catalog.populationLabel(request.population),
		tone: catalog.tone(request.population),
		bars,
		partial
	};
}
