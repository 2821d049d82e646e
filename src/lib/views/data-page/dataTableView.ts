import type { Estimate } from '../../analysis/types';
import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import { estimatesInTableOrder } from './estimatesInTableOrder';
import { sourceParts, type SourcePart } from '../sourceLinks';
import type { EstimateView } from '../types';

/** One estimate: a row of the data page's table, with its question and its source split into links. */
export interface DataRowView extends Omit<EstimateView, 'source'> {
	/** Rank in the default order: theme, question, answer, population, year. */
	order: number;
	questionId: string;
	question: string;
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
	/** Populations with at least one row, in the order of populations.csv. */
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
	const rows = estimatesInTableOrder(catalog).map((estimate, order) =>
		dataRowView(catalog, estimate, order)
	);
	const populationOrder = catalog.dataset.populations.map((population) => population.id);
	const populations = populationOrder
		.filter((id) => rows.some((row) => row.population === id))
		.map((id) => ({ id, label: catalog.populationLabel(id) }));
	const questions = [
		...new Map(
			rows.map((row) => [row.questionId, { id: row.questionId, label: row.question }])
		).values()
	];
	return { rows, populations, questions };
}

function dataRowView(catalog: Catalog, estimate: Estimate, order: number): DataRowView {
	return {
		...estimateView(catalog, estimate),
		order,
		questionId: estimate.questionId,
		question: catalog.questionLabel(estimate.questionId),
		source: estimate.source === null ? [] : sourceParts(estimate.source)
	};
}
