import type { Estimate } from '../../analysis/types';
import type { Figure } from '../../data/types';
import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import { tableEntries } from './estimatesInTableOrder';
import { sourceParts, type SourcePart } from '../sourceLinks';
import type { EstimateView } from '../types';

/** A change published without its level, in points, against `fromYear` (null when unsaid). */
export interface PublishedChange {
	delta: number;
	fromYear: number | null;
}

/**
 * A row of the data page's table: an estimate, or a figure published only as a change (no value,
 * its published change instead), with its question and its source split into links.
 */
export interface DataRowView extends Omit<EstimateView, 'source' | 'value'> {
	/** Percent; null when only a change was published. */
	value: number | null;
	/** For a figure published only as a change; null otherwise (`change` is then the tested one). */
	publishedChange: PublishedChange | null;
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

/** The data page's table: every estimate and every change-only figure, and the filters' choices. */
export interface DataTableView {
	rows: DataRowView[];
	/** Populations with at least one row, in the order of populations.csv. */
	populations: FilterOption[];
	/** Questions with at least one row, in the rows' order. */
	questions: FilterOption[];
}

/**
 * Every estimate of the analysis, and every figure published only as a change, as a table row,
 * in the catalog's language, in the table's default order (see tableEntries: theme, question,
 * answer, population, year).
 *
 * @example
 * dataTableView(catalog).rows[0]
 * // { key: 'public/awareness_terms/sse/2012', question: 'A déjà entendu parler du terme…', value: 50, base: null, … }
 */
export function dataTableView(catalog: Catalog): DataTableView {
	const rows = tableEntries(catalog).map((entry, order) =>
		entry.kind === 'estimate'
			? dataRowView(catalog, entry.estimate, order)
			: changeOnlyRowView(catalog, entry.figure, entry.delta, order)
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
		source: estimate.source === null ? [] : sourceParts(estimate.source),
		publishedChange: null
	};
}

function changeOnlyRowView(
	catalog: Catalog,
	figure: Figure,
	delta: number,
	order: number
): DataRowView {
	return {
		key: [figure.population, figure.questionId, figure.answerId, figure.year].join('/'),
		year: figure.year,
		population: figure.population,
		populationLabel: catalog.populationLabel(figure.population),
		tone: catalog.tone(figure.population),
		label: catalog.answerLabel(figure.questionId, figure.answerId, figure.year, figure.population),
		value: null,
		ciLow: null,
		ciHigh: null,
		base: figure.base,
		baseAssumed: false,
		smallBase: false,
		derived: figure.derived,
		approximate: figure.approximate,
		change: null,
		note: figure.note,
		order,
		questionId: figure.questionId,
		question: catalog.questionLabel(figure.questionId),
		source: figure.source === null ? [] : sourceParts(figure.source),
		publishedChange: { delta, fromYear: figure.deltaVsYear }
	};
}
