import { toCsv, type CsvCell } from '../../exports/exportCsv';
import type { Lang } from '../../i18n/lang';
import type { ChangeView, ChartView, EstimateView } from '../types';

/**
 * The numbers of one chart as CSV (exportCsv.ts: `;` and decimal commas in French, `,` and points
 * in English), column names the same in both languages, labels in the chart's. Numbers are the
 * view's, unrounded, in percent units and points; unknown values empty.
 */

/** The columns of a trend's or a ranking's CSV: one row per estimate. */
export const estimateCsvColumns = [
	'population',
	'population_label',
	'answer',
	'year',
	'pct',
	'ci_low',
	'ci_high',
	'base',
	'base_assumed',
	'small_base',
	'derived',
	'approximate',
	'delta',
	'change_from_year',
	'change_ci_low',
	'change_ci_high',
	'change_p_value',
	'verdict',
	'note'
] as const;

/** The columns of a gaps chart's CSV: one row per answer, both samples and their gap. */
export const gapCsvColumns = [
	'answer',
	'year',
	'population_a',
	'pct_a',
	'ci_low_a',
	'ci_high_a',
	'base_a',
	'population_b',
	'pct_b',
	'ci_low_b',
	'ci_high_b',
	'base_b',
	'gap',
	'gap_ci_low',
	'gap_ci_high',
	'gap_p_value',
	'verdict'
] as const;

type EstimateColumn = (typeof estimateCsvColumns)[number];

const flag = (value: boolean) => (value ? 'yes' : 'no');

function estimateRecord(estimate: EstimateView): Record<EstimateColumn, CsvCell> {
	const change: ChangeView | null = estimate.change;
	return {
		population: estimate.population,
		population_label: estimate.populationLabel,
		answer: estimate.label,
		year: estimate.year,
		pct: estimate.value,
		ci_low: estimate.ciLow,
		ci_high: estimate.ciHigh,
		base: estimate.base,
		base_assumed: flag(estimate.baseAssumed),
		small_base: flag(estimate.smallBase),
		derived: flag(estimate.derived),
		approximate: flag(estimate.approximate),
		delta: change?.delta ?? null,
		change_from_year: change?.fromYear ?? null,
		change_ci_low: change?.ciLow ?? null,
		change_ci_high: change?.ciHigh ?? null,
		change_p_value: change?.pValue ?? null,
		verdict: change?.verdict ?? null,
		note: estimate.note
	};
}

/**
 * A chart's CSV: a trend's estimates series by series, in year order; a ranking's bars in rank
 * order; a gaps chart's rows in its order.
 * @example chartCsv('fr', { kind: 'bars', view }).split('\r\n')[1] // 'entrepreneurs;Entrepreneurs sociaux;Manque de moyens financiers;2017;43;33,16;…'
 */
export function chartCsv(lang: Lang, chart: ChartView): string {
	switch (chart.kind) {
		case 'trend':
			return toCsv(
				lang,
				estimateCsvColumns,
				chart.view.series.flatMap((series) =>
					[...series.points].sort((a, b) => a.year - b.year).map(estimateRecord)
				)
			);
		case 'bars':
			return toCsv(lang, estimateCsvColumns, chart.view.bars.map(estimateRecord));
		case 'gaps':
			return toCsv(
				lang,
				gapCsvColumns,
				chart.view.rows.map((row) => ({
					answer: row.label,
					year: row.year,
					population_a: row.a.population,
					pct_a: row.a.value,
					ci_low_a: row.a.ciLow,
					ci_high_a: row.a.ciHigh,
					base_a: row.a.base,
					population_b: row.b.population,
					pct_b: row.b.value,
					ci_low_b: row.b.ciLow,
					ci_high_b: row.b.ciHigh,
					base_b: row.b.base,
					gap: row.gap.delta,
					gap_ci_low: row.gap.ciLow,
					gap_ci_high: row.gap.ciHigh,
					gap_p_value: row.gap.pValue,
					verdict: row.gap.verdict
				}))
			);
	}
}
