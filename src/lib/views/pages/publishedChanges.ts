import type { Catalog } from '../catalog';
import type { Tone } from '../types';

/** A change the publisher printed without the level it led to. */
export interface PublishedChangeView {
	/** `population/question/answer/year`, unique in the page. */
	key: string;
	year: number;
	population: string;
	populationLabel: string;
	tone: Tone;
	label: string;
	/** In points, as published. */
	delta: number;
	/** The wave it is measured against; null when the source does not say. */
	fromYear: number | null;
}

/**
 * The figures of a question published only as a change (no level), by population order, year
 * and answer order: drawn as a change mark, "level not published", never as a point.
 *
 * @example
 * publishedChanges(catalog, 'development_outlook_change')
 * // [{ year: 2017, populationLabel: 'Entrepreneurs sociaux', label: 'En France', delta: 6, fromYear: 2016, … }, …]
 */
export function publishedChanges(catalog: Catalog, questionId: string): PublishedChangeView[] {
	const populations = catalog.dataset.populations.map((population) => population.id);
	const order = catalog.answerIds(questionId);
	return catalog.dataset.figures
		.filter((f) => f.questionId === questionId && f.pct === null && f.deltaPts !== null)
		.sort(
			(a, b) =>
				populations.indexOf(a.population) - populations.indexOf(b.population) ||
				a.year - b.year ||
				order.indexOf(a.answerId) - order.indexOf(b.answerId)
		)
		.map((f) => ({
			key: `${f.population}/${f.questionId}/${f.answerId}/${f.year}`,
			year: f.year,
			population: f.population,
			populationLabel: catalog.populationLabel(f.population),
			tone: catalog.tone(f.population),
			label: catalog.answerLabel(f.questionId, f.answerId, f.year, f.population),
			delta: f.deltaPts!,
			fromYear: f.deltaVsYear
		}));
}
