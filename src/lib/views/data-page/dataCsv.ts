import type { Estimate } from '../../analysis/types';
import { toCsv, type CsvCell } from '../../exports/exportCsv';
import type { Catalog } from '../catalog';
import type { Figure } from '../../data/types';
import { tableEntries } from './estimatesInTableOrder';

/** The columns of the downloadable CSV, in order. */
export const csvColumns = [
	'year',
	'population',
	'question_id',
	'answer_id',
	'question',
	'answer',
	'pct',
	'ci_low',
	'ci_high',
	'base',
	'base_assumed',
	'derived',
	'approximate',
	'delta',
	'change_from_year',
	'change_ci_low',
	'change_ci_high',
	'change_p_value',
	'verdict',
	'note',
	'source'
] as const;

export type CsvColumn = (typeof csvColumns)[number];

function flag(value: boolean): string {
	return value ? 'yes' : 'no';
}

/**
 * One record per estimate and per figure published only as a change (level cells empty, the
 * published delta), in the data table's default order (theme, question, answer, population,
 * year), labels in the catalog's language, numbers raw and unrounded (percent units; intervals
 * and changes in points), unknown values null. Text is as it
 * is: `toCsv` protects it.
 * @example
 * dataCsvRecords(catalog).find((r) => r.question_id === 'priority_problems' && r.answer_id === 'unemployment' && r.year === 2017 && r.population === 'public')
 * // { pct: 41, ci_low: 38.1…, base: 1071, base_assumed: 'yes', delta: -13, change_from_year: 2016, verdict: 'significant', … }
 */
export function dataCsvRecords(catalog: Catalog): Record<CsvColumn, CsvCell>[] {
	return tableEntries(catalog).map((entry) =>
		entry.kind === 'estimate'
			? estimateRecord(catalog, entry.estimate)
			: changeOnlyRecord(catalog, entry.figure, entry.delta)
	);
}

/** The cells every row has: where it sits, its labels, flags, note and source. */
function commonCells(catalog: Catalog, figure: Estimate | Figure) {
	return {
		year: figure.year,
		population: figure.population,
		question_id: figure.questionId,
		answer_id: figure.answerId,
		question: catalog.questionLabel(figure.questionId),
		answer: catalog.answerLabel(figure.questionId, figure.answerId, figure.year, figure.population),
		derived: flag(figure.derived),
		approximate: flag(figure.approximate),
		note: figure.note,
		source: figure.source
	};
}

function estimateRecord(catalog: Catalog, estimate: Estimate): Record<CsvColumn, CsvCell> {
	const change = catalog.changeTo(
		estimate.population,
		estimate.questionId,
		estimate.answerId,
		estimate.year
	);
	return {
		...commonCells(catalog, estimate),
		pct: estimate.pct,
		ci_low: estimate.ciLow,
		ci_high: estimate.ciHigh,
		base: estimate.base,
		base_assumed: flag(estimate.baseAssumed),
		delta: change?.delta ?? null,
		change_from_year: change?.fromYear ?? null,
		change_ci_low: change?.ciLow ?? null,
		change_ci_high: change?.ciHigh ?? null,
		change_p_value: change?.pValue ?? null,
		verdict: change?.verdict ?? null
	};
}

/** A figure published only as a change: empty level cells, the published change, no test. */
function changeOnlyRecord(
	catalog: Catalog,
	figure: Figure,
	delta: number
): Record<CsvColumn, CsvCell> {
	return {
		...commonCells(catalog, figure),
		pct: null,
		ci_low: null,
		ci_high: null,
		base: figure.base,
		base_assumed: flag(false),
		delta,
		change_from_year: figure.deltaVsYear,
		change_ci_low: null,
		change_ci_high: null,
		change_p_value: null,
		verdict: null
	};
}

/**
 * The downloadable CSV in the catalog's language's dialect (exportCsv.ts): French `;` and decimal
 * commas, English `,` and points; a byte order mark, the header row, one row per record, CRLF.
 * @example dataCsv(frenchCatalog).split('\r\n')[0] // '\ufeffyear;population;question_id;…;note;source'
 */
export function dataCsv(catalog: Catalog): string {
	return toCsv(catalog.lang, csvColumns, dataCsvRecords(catalog));
}
