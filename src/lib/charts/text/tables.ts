/**
 * The table under each chart: the same numbers as the chart, in rows a screen reader can walk and
 * a reader without hover can read. Pure: ChartFigure draws what these return.
 */
import { formatNumber, formatPercent, formatPoints } from '../../i18n/format';
import { language, type Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type {
	DifferenceView,
	DumbbellView,
	EstimateView,
	RankedBarsView,
	TrendView
} from '../../views/types';
import { seriesNames } from './seriesNames';
import {
	baseParts,
	changeText,
	formatInterval,
	formatPointsRange,
	missingReasonText,
	verdictPhrase
} from './words';

/** A table: column headings, then rows whose first cell heads the row. */
export interface TableModel {
	columns: string[];
	rows: TableRow[];
	/** A sentence under the table (e.g. that other answers were not published); null when none. */
	note: string | null;
}

export interface TableRow {
	/** Stable id, for keyed each-blocks. */
	key: string;
	/** One string a column; the first is the row's heading. */
	cells: string[];
}

/** An empty cell: the figure does not exist (a dash, read as such by screen readers). */
export const EMPTY_CELL = '\u2014';

/** "n" of an estimate for a table: the number, marked when assumed; "unknown" when null. */
function baseCell(lang: Lang, estimate: EstimateView): string {
	if (estimate.base === null) return t(lang, 'chart.baseUnknown');
	const base = formatNumber(lang, estimate.base);
	return estimate.baseAssumed ? `${base} (${t(lang, 'chart.baseAssumed')})` : base;
}

/** Value, flags in words after it. */
function valueCell(lang: Lang, estimate: EstimateView): string {
	const flags: string[] = [];
	if (estimate.derived) flags.push(t(lang, 'chart.derived'));
	if (estimate.approximate) flags.push(t(lang, 'chart.approximate'));
	if (estimate.smallBase) flags.push(t(lang, 'common.smallBase'));
	const value = formatPercent(lang, estimate.value);
	const separator = language(lang).semicolon;
	return flags.length === 0 ? value : `${value} (${flags.join(separator).toLocaleLowerCase()})`;
}

function intervalCell(lang: Lang, estimate: Pick<EstimateView, 'ciLow' | 'ciHigh'>): string {
	return estimate.ciLow === null || estimate.ciHigh === null
		? EMPTY_CELL
		: formatInterval(lang, estimate.ciLow, estimate.ciHigh);
}

/** Value, interval, n, change and verdict: the cells every estimate row ends with. */
function estimateCells(lang: Lang, estimate: EstimateView): string[] {
	const change = estimate.change;
	return [
		valueCell(lang, estimate),
		intervalCell(lang, estimate),
		baseCell(lang, estimate),
		change === null ? EMPTY_CELL : changeText(lang, change),
		change === null ? EMPTY_CELL : verdictPhrase(lang, change, estimate.smallBase)
	];
}

function estimateColumns(lang: Lang, first: string): string[] {
	return [
		first,
		t(lang, 'chart.column.population'),
		t(lang, 'chart.column.value'),
		t(lang, 'chart.column.interval'),
		t(lang, 'common.sampleSize'),
		t(lang, 'common.change'),
		t(lang, 'chart.column.verdict')
	];
}

/**
 * A trend chart as a table: a row per series and year, the years without a figure included with
 * their reason.
 * @example trendTable('en', view).rows[0].cells
 * // ['2012', 'General public', '50%', '—', 'n unknown', '—', '—']
 */
export function trendTable(lang: Lang, view: TrendView): TableModel {
	const names = seriesNames(view.series);
	const rows: TableRow[] = [];
	for (const series of view.series) {
		const name = names.get(series.key) ?? series.label;
		const entries = [
			...series.points.map((point) => ({ year: point.year, point, missing: null })),
			...series.missing.map((missing) => ({ year: missing.year, point: null, missing }))
		].sort((a, b) => a.year - b.year);
		for (const { year, point, missing } of entries) {
			if (point !== null)
				rows.push({ key: point.key, cells: [String(year), name, ...estimateCells(lang, point)] });
			else if (missing !== null) {
				const reason = `${t(lang, 'common.noData')} (${missingReasonText(lang, missing.reason)})`;
				const cells = [String(year), name, reason, EMPTY_CELL, EMPTY_CELL, EMPTY_CELL, EMPTY_CELL];
				rows.push({ key: `${series.key}/missing/${year}`, cells });
			}
		}
	}
	return { columns: estimateColumns(lang, t(lang, 'common.year')), rows, note: null };
}

/**
 * Ranked bars as a table, in the chart's order, with the "other answers not published" note when
 * the list is partial.
 */
export function rankedBarsTable(lang: Lang, view: RankedBarsView): TableModel {
	const rows = view.bars.map((bar) => ({
		key: bar.key,
		cells: [bar.label, bar.populationLabel, ...estimateCells(lang, bar)]
	}));
	const note = view.partial ? `${t(lang, 'chart.otherAnswers')}.` : null;
	return { columns: estimateColumns(lang, t(lang, 'common.answer')), rows, note };
}

/** "88 % (82–93 %, n = 88)", "88 % (82–93 %, n = 88, taille d'échantillon supposée)": one level of brackets. */
function populationCell(lang: Lang, estimate: EstimateView): string {
	const interval =
		estimate.ciLow === null || estimate.ciHigh === null
			? null
			: formatInterval(lang, estimate.ciLow, estimate.ciHigh);
	const details = [interval, ...baseParts(lang, estimate)].filter((detail) => detail !== null);
	return `${valueCell(lang, estimate)} (${details.join(', ')})`;
}

function gapCell(lang: Lang, gap: DifferenceView): string {
	const points = formatPoints(lang, gap.delta);
	return gap.ciLow === null || gap.ciHigh === null
		? points
		: `${points} (${formatPointsRange(lang, gap.ciLow, gap.ciHigh)})`;
}

/**
 * A dumbbell as a table: a row per answer, both populations (value, interval, n), the gap with
 * its interval and the verdict.
 */
export function dumbbellTable(lang: Lang, view: DumbbellView): TableModel {
	const first = view.rows[0];
	const columns = [
		t(lang, 'common.answer'),
		first?.a.populationLabel ?? 'A',
		first?.b.populationLabel ?? 'B',
		t(lang, 'common.gap'),
		t(lang, 'chart.column.verdict')
	];
	const rows = view.rows.map((row) => ({
		key: row.key,
		cells: [
			row.label,
			populationCell(lang, row.a),
			populationCell(lang, row.b),
			gapCell(lang, row.gap),
			verdictPhrase(lang, row.gap, row.a.smallBase || row.b.smallBase)
		]
	}));
	return { columns, rows, note: null };
}
