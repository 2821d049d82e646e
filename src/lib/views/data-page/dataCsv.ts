import Papa from 'papaparse';
import type { Estimate } from '../../analysis/types';
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

/** A cell: a number written as it is (dot, unrounded), text, or null for an empty cell. */
export type CsvCell = number | string | null;

/** U+FEFF, so that spreadsheet programs read the file as UTF-8 (accents right in Excel). */
export const BYTE_ORDER_MARK = '\ufeff';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets strip before doing so).
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would take as a formula, with a leading apostrophe so that it stays text
 * (OWASP's advice against CSV injection); other text as it is. Only for text cells: numbers are
 * written as numbers, a negative one keeping its minus sign.
 * @example escapeFormula('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 * @example escapeFormula('-13 pts vs 2016') // "'-13 pts vs 2016"
 * @example escapeFormula('Oui') // 'Oui'
 */
export function escapeFormula(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

function flag(value: boolean): string {
	return value ? 'yes' : 'no';
}

/**
 * One record per estimate and per figure published only as a change (level cells empty, the
 * published delta), in the data table's default order (theme, question, answer, population,
 * year), labels in the catalog's language, numbers raw and unrounded (percent units; intervals
 * and changes in points), unknown values null. Text cells are protected with
 * `escapeFormula`.
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

const text = (value: string | null) => (value === null ? null : escapeFormula(value));

/** The cells every row has: where it sits, its labels, flags, note and source. */
function commonCells(catalog: Catalog, figure: Estimate | Figure) {
	return {
		year: figure.year,
		population: text(figure.population),
		question_id: text(figure.questionId),
		answer_id: text(figure.answerId),
		question: text(catalog.questionLabel(figure.questionId)),
		answer: text(
			catalog.answerLabel(figure.questionId, figure.answerId, figure.year, figure.population)
		),
		derived: flag(figure.derived),
		approximate: flag(figure.approximate),
		note: text(figure.note),
		source: text(figure.source)
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
		verdict: change ? text(change.verdict) : null
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
 * The downloadable CSV: a byte order mark, the header row, then one row per record; quoted by
 * papaparse where needed (RFC 4180), CRLF line ends.
 * @example dataCsv(catalog).split('\r\n')[0] // '\ufeffyear,population,question_id,…,note,source'
 */
export function dataCsv(catalog: Catalog): string {
	const records = dataCsvRecords(catalog);
	const csv = Papa.unparse(
		{
			fields: [...csvColumns],
			data: records.map((record) => csvColumns.map((column) => record[column]))
		},
		{ newline: '\r\n', escapeFormulae: false }
	);
	// Without rows, papaparse already ends the header with a line break.
	return `${BYTE_ORDER_MARK}${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`;
}
