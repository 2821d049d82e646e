import type { Estimate } from '../../analysis/types';
import type { Figure } from '../../data/types';
import type { Catalog } from '../catalog';

/** Positions of ids in a list, for sorting; unknown ids go last. */
function rankOf(ids: readonly string[]): (id: string) => number {
	const ranks = new Map(ids.map((id, index) => [id, index]));
	return (id) => ranks.get(id) ?? ids.length;
}

/** What the table and the CSV place: a figure's population, question, answer and year. */
type Placed = Pick<Estimate, 'population' | 'questionId' | 'answerId' | 'year'>;

/** A row of the data table and the CSV: an estimate, or a figure published only as a change. */
export type TableEntry =
	{ kind: 'estimate'; estimate: Estimate } | { kind: 'change_only'; figure: Figure; delta: number };

/**
 * Items in the order the data table and the CSV list them: theme (in the order questions.csv
 * first names them), question (file order), answer (display order), population (populations.csv
 * order), year. Returns a new array.
 */
function inTableOrder<T>(catalog: Catalog, items: readonly T[], placed: (item: T) => Placed): T[] {
	const { dataset } = catalog;
	const themeRank = rankOf([...new Set(dataset.questions.map((question) => question.theme))]);
	const questionRank = rankOf(dataset.questions.map((question) => question.id));
	const populationRank = rankOf(dataset.populations.map((population) => population.id));
	const answerRanks = new Map<string, (id: string) => number>();
	const answerRank = (item: Placed) => {
		let rank = answerRanks.get(item.questionId);
		if (!rank) {
			rank = rankOf(catalog.answerIds(item.questionId));
			answerRanks.set(item.questionId, rank);
		}
		return rank(item.answerId);
	};
	const themeOf = (item: Placed) => themeRank(catalog.question(item.questionId)?.theme ?? '');
	return [...items].sort((x, y) => {
		const a = placed(x);
		const b = placed(y);
		return (
			themeOf(a) - themeOf(b) ||
			questionRank(a.questionId) - questionRank(b.questionId) ||
			answerRank(a) - answerRank(b) ||
			populationRank(a.population) - populationRank(b.population) ||
			a.year - b.year
		);
	});
}

/**
 * Every estimate of the analysis in the table's order (theme, question, answer, population, year).
 *
 * @example
 * estimatesInTableOrder(catalog).slice(0, 2).map((e) => [e.questionId, e.answerId, e.population, e.year])
 * // [['awareness_terms', 'sse', 'public', 2012], ['awareness_terms', 'sse', 'public', 2013]]
 */
export function estimatesInTableOrder(catalog: Catalog): Estimate[] {
	return inTableOrder(catalog, catalog.analysis.estimates, (estimate) => estimate);
}

/**
 * Every row of the data table and the CSV in that order: the estimates, and the figures published
 * only as a change (no level, so no estimate), so that no published figure is left out.
 *
 * @example
 * tableEntries(catalog).find((e) => e.kind === 'change_only') // { kind: 'change_only', figure: { year: 2016, … }, delta: 7 }
 */
export function tableEntries(catalog: Catalog): TableEntry[] {
	const entries: TableEntry[] = [
		...catalog.analysis.estimates.map((estimate) => ({ kind: 'estimate' as const, estimate })),
		...catalog.dataset.figures.flatMap((figure) =>
			figure.pct === null && figure.deltaPts !== null
				? [{ kind: 'change_only' as const, figure, delta: figure.deltaPts }]
				: []
		)
	];
	return inTableOrder(catalog, entries, (entry) =>
		entry.kind === 'estimate' ? entry.estimate : entry.figure
	);
}
