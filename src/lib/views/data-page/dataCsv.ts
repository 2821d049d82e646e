import { toCsv, type CsvCell } from '../../exports/exportCsv';
import type { Catalog } from '../catalog';
import { estimatesInTableOrder } from './estimatesInTableOrder';

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
 * One record per estimate, in the data table's default order (theme, question, answer,
 * population, year), labels in the catalog's language, numbers raw and unrounded (percent units;
 * intervals and changes in points), unknown values null. Text is as it is: `toCsv` protects it.
 * @example
 * dataCsvRecords(catalog).find((r) => r.question_id === 'priority_problems' && r.answer_id === 'unemployment' && r.year === 2017 && r.population === 'public')
 * // { pct: 41, ci_low: 38.1…, base: 1071, base_assumed: 'yes', delta: -13, change_from_year: 2016, verdict: 'significant', … }
 */
export function dataCsvRecords(catalog: Catalog): Record<CsvColumn, CsvCell>[] {
	return estimatesInTableOrder(catalog).map((estimate) => {
		const change = catalog.changeTo(
			estimate.population,
			estimate.questionId,
			estimate.answerId,
			estimate.year
		);
		return {
			year: estimate.year,
			population: estimate.population,
			question_id: estimate.questionId,
			answer_id: estimate.answerId,
			question: catalog.questionLabel(estimate.questionId),
			answer: catalog.answerLabel(
				estimate.questionId,
				estimate.answerId,
				estimate.year,
				estimate.population
			),
			pct: estimate.pct,
			ci_low: estimate.ciLow,
			ci_high: estimate.ciHigh,
			base: estimate.base,
			base_assumed: flag(estimate.baseAssumed),
			derived: flag(estimate.derived),
			approximate: flag(estimate.approximate),
			delta: change?.delta ?? null,
			change_from_year: change?.fromYear ?? null,
			change_ci_low: change?.ciLow ?? null,
			change_ci_high: change?.ciHigh ?? null,
			change_p_value: change?.pValue ?? null,
			verdict: change?.verdict ?? null,
			note: estimate.note,
			source: estimate.source
		};
	});
}

/**
 * The downloadable CSV in the catalog's language's dialect (exportCsv.ts): French `;` and decimal
 * commas, English `,` and points; a byte order mark, the header row, one row per estimate, CRLF.
 * @example dataCsv(frenchCatalog).split('\r\n')[0] // '\ufeffyear;population;question_id;…;note;source'
 */
export function dataCsv(catalog: Catalog): string {
	return toCsv(catalog.lang, csvColumns, dataCsvRecords(catalog));
}
