import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import { latestYear } from '../latestYear';
import type { EstimateView } from '../types';
import { questionPath, themeLinks } from './themePage';

export interface HeadlineView {
	questionId: string;
	question: string;
	theme: string;
	/** Where the question is told in full (language-neutral path). */
	path: string;
	/** The latest wave's figures of the question, by population then answer order. */
	figures: EstimateView[];
}

/**
 * The overview's lead: each question marked `headline`, at the latest wave that asked it, each
 * answer with its interval and its change against the previous wave. A headline question without
 * figures is left out. With no `headline` flag at all, the latest figures of each theme page's
 * first chart, so that the overview is never empty while there are theme pages.
 *
 * @example
 * headlineViews(catalog)[0] // { questionId: 'awareness_terms', figures: [{ year: 2020, value: 47, change: { delta: -21, verdict: 'significant' } }, …] }
 */
export function headlineViews(catalog: Catalog): HeadlineView[] {
	const flagged = catalog.dataset.questions.filter((q) => q.headline);
	const requests =
		flagged.length > 0
			? flagged.map((question) => ({ questionId: question.id, answerIds: null, populations: null }))
			: themeLinks(catalog).flatMap((link) => {
					const [first] = catalog.chartsOf(link.theme);
					return first
						? [
								{
									questionId: first.questionId,
									answerIds: first.answerIds,
									populations: first.populations
								}
							]
						: [];
				});
	const populationOrder = catalog.dataset.populations.map((population) => population.id);
	const seen = new Set<string>();
	return requests.flatMap(({ questionId, answerIds, populations }) => {
		const question = catalog.question(questionId);
		if (!question || seen.has(questionId)) return [];
		const estimates = catalog.analysis.estimates.filter(
			(e) =>
				e.questionId === questionId &&
				(!answerIds || answerIds.includes(e.answerId)) &&
				(!populations || populations.includes(e.population))
		);
		const latest = latestYear(estimates);
		if (latest === null) return [];
		seen.add(questionId);
		const order = catalog.answerIds(questionId);
		const figures = estimates
			.filter((e) => e.year === latest)
			.sort(
				(a, b) =>
					populationOrder.indexOf(a.population) - populationOrder.indexOf(b.population) ||
					order.indexOf(a.answerId) - order.indexOf(b.answerId)
			)
			.map((e) => estimateView(catalog, e));
		return [
			{
				questionId,
				question: catalog.questionLabel(questionId),
				theme: question.theme,
				path: questionPath(catalog, questionId),
				figures
			}
		];
	});
}
