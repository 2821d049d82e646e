import type { Estimate } from '../analysis/types';
import { SMALL_BASE } from '../stats/smallBase';
import type { Verdict } from '../stats/verdict';
import type { Catalog } from './catalog';
import { estimatesInTableOrder } from './estimatesInTableOrder';
import { sourceParts, type SourcePart } from './sourceLinks';

/** A change against the previous wave that has the figure, as the data table shows it. */
export interface DataChangeView {
	fromYear: number;
	/** In points: this year's level minus the earlier one. */
	difference: number;
	verdict: Verdict;
}

/** One estimate: a row of the data page's table. */
export interface DataRowView {
	/** `population/question/answer/year`, unique. */
	key: string;
	/** Rank in the default order: theme, question, answer, population, year. */
	order: number;
	year: number;
	population: string;
	populationLabel: string;
	questionId: string;
	question: string;
	/** That year's wording when it differs. */
	answer: string;
	/** Percent. */
	value: number;
	/** Wilson 95 % interval in percent; null when n is unknown. */
	low: number | null;
	high: number | null;
	/** Respondents; null when unknown. */
	base: number | null;
	/** The wave's sample size stands in for the base. */
	baseAssumed: boolean;
	/** Effective n under 30. */
	smallBase: boolean;
	derived: boolean;
	approximate: boolean;
	change: DataChangeView | null;
	/** In English, as the data gives it. */
	note: string | null;
	source: SourcePart[];
}

/** A choice of a filter. */
export interface FilterOption {
	id: string;
	label: string;
}

/** The data page's table: every estimate, and the choices of its filters. */
export interface DataTableView {
	rows: DataRowView[];
	/** Populations with at least one row, in the order of waves.csv. */
	populations: FilterOption[];
	/** Questions with at least one row, in the rows' order. */
	questions: FilterOption[];
}

/**
 * Every estimate of the analysis as a table row, in the catalog's language, in the table's
 * default order (see estimatesInTableOrder: theme, question, answer, population, year).
 *
 * @example
 * dataTableView(catalog).rows[0]
 * // { key: 'public/awareness_terms/sse/2012', question: 'A déjà entendu parler du terme…', value: 50, base: null, … }
 */
export function dataTableView(catalog: Catalog): DataTableView {
	const rows = estimatesInTableOrder(catalog).map((estimate, order) => dataRowView(catalog, estimate, order));
	const populationOrder = [...new Set(catalog.dataset.waves.map((wave) => wave.population))];
	const populations = populationOrder
		.filter((id) => rows.some((row) => row.population === id))
		.map((id) => ({ id, label: catalog.populationLabel(id) }));
	const questions = [...new Map(rows.map((row) => [row.questionId, { id: row.questionId, label: row.question }])).values()];
	return { rows, populations, questions };
}

function dataRowView(catalog: Catalog, estimate: Estimate, order: number): DataRowView {
	const change = catalog.changeTo(estimate.population, estimate.questionId, estimate.answerId, estimate.year);
	return {
		key: [estimate.population, estimate.questionId, estimate.answerId, estimate.year].join('/'),
		order,
		year: estimate.year,
		population: estimate.population,
		populationLabel: catalog.populationLabel(estimate.population),
		questionId: estimate.questionId,
		question: catalog.questionLabel(estimate.questionId),
		answer: catalog.answerLabel(estimate.questionId, estimate.answerId, estimate.year, estimate.population),
		value: estimate.pct,
		low: estimate.ciLow,
		high: estimate.ciHigh,
		base: estimate.base,
		baseAssumed: estimate.baseAssumed,
		smallBase: estimate.effectiveN !== null && estimate.effectiveN < SMALL_BASE,
		derived: estimate.derived,
		approximate: estimate.approximate,
		change: change ? { fromYear: change.fromYear, difference: change.difference, verdict: change.verdict } : null,
		note: estimate.note,
		source: estimate.source === null ? [] : sourceParts(estimate.source)
	};
}
