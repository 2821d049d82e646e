import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import { latestYear } from '../latestYear';
import { themePath } from './themePath';
import type { EstimateView } from '../types';

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
 * figures is left out.
 *
 * @example
 * headlineViews(catalog)[0] // { questionId: 'awareness_terms', figures: [{ year: 2020, value: 47, change: { delta: -21, verdict: 'significant' } }, …] }
 */
export function headlineViews(catalog: Catalog): HeadlineView[] {
	return catalog.dataset.questions
		.filter((q) => q.headline)
		.flatMap((question) => {
			const estimates = catalog.analysis.estimates.filter((e) => e.questionId === question.id);
			const latest = latestYear(estimates);
			if (latest === null) return [];
			const order = catalog.answerIds(question.id);
			const figures = estimates
				.filter((e) => e.year === latest)
				.sort(
					(a, b) =>
						a.population.localeCompare(b.population) ||
						order.indexOf(a.answerId) - order.indexOf(b.answerId)
				)
				.map((e) => estimateView(catalog, e));
			return [
				{
					questionId: question.id,
					question: catalog.questionLabel(question.id),
					theme: question.theme,
					path: themePath(question.theme, question.id),
					figures
				}
			];
		});
}
