import type { Estimate } from '../../analysis/types';
import type { Catalog } from '../catalog';

/** Positions of ids in a list, for sorting; unknown ids go last. */
function rankOf(ids: readonly string[]): (id: string) => number {
	const ranks = new Map(ids.map((id, index) => [id, index]));
	return (id) => ranks.get(id) ?? ids.length;
}

/**
 * Every estimate of the analysis in the order the data table and the CSV list them: theme (in
 * the order questions.csv first names them), question (file order), answer (display order),
 * population (populations.csv order), year. Returns a new array.
 *
 * @example
 * estimatesInTableOrder(catalog).slice(0, 2).map((e) => [e.questionId, e.answerId, e.population, e.year])
 * // [['awareness_terms', 'sse', 'public', 2012], ['awareness_terms', 'sse', 'public', 2013]]
 */
export function estimatesInTableOrder(catalog: Catalog): Estimate[] {
	const { dataset, analysis } = catalog;
	const themeRank = rankOf([...new Set(dataset.questions.map((question) => question.theme))]);
	const questionRank = rankOf(dataset.questions.map((question) => question.id));
	const populationRank = rankOf(dataset.populations.map((population) => population.id));
	const answerRanks = new Map<string, (id: string) => number>();
	const answerRank = (estimate: Estimate) => {
		let rank = answerRanks.get(estimate.questionId);
		if (!rank) {
			rank = rankOf(catalog.answerIds(estimate.questionId));
			answerRanks.set(estimate.questionId, rank);
		}
		return rank(estimate.answerId);
	};
	const themeOf = (estimate: Estimate) =>
		themeRank(catalog.question(estimate.questionId)?.theme ?? '');
	return [...analysis.estimates].sort(
		(a, b) =>
			themeOf(a) - themeOf(b) ||
			questionRank(a.questionId) - questionRank(b.questionId) ||
			answerRank(a) - answerRank(b) ||
			populationRank(a.population) - populationRank(b.population) ||
			a.year - b.year
	);
}
