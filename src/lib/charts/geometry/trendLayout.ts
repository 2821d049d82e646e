/**
 * The layout arithmetic of a trend chart (TrendChart): the margins, wide enough for the y axis's
 * labels and for the series' names at the end of their lines, and the end labels, kept clear of
 * the marks, glyphs, lines and missing years' labels the layers draw. The layers' sizes come from
 * layerSizes.ts, so the two cannot drift apart.
 */
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { EstimateView, SeriesView } from '../../views/types';
import type { Margin } from '../frame/chartContext';
import { LINE_HEIGHT, MAX_FONT_SIZE, measureText, type FontSize } from '../frame/dimensions';
import { changeGlyph } from '../layers/changeGlyph';
import {
	AXIS_Y_LABEL_GAP,
	GAP_LABEL_FONT,
	GAP_LABEL_INSET,
	GLYPH_OFFSET,
	GLYPH_SIZE,
	MARKER_RADIUS
} from '../layers/layerSizes';
import { markerReach, type SeriesStyle } from '../layers/seriesStyles';
import { missingReasonText } from '../text/words';
import { baseName, endLabelWidth, fitName } from './fitName';
import type { Box, Segment } from './freeRoom';
import {
	END_LABEL_PADDING,
	layoutEndLabels,
	MINIMUM_NAME,
	type EndLabelLayout
} from './layoutEndLabels';
import { breakMarkerYear, type MergedBreak, type MergedMissingYear } from './missingYears';
import { splitAtMissingYears } from './segments';

/** Room for the percent labels (left), the last values (right), the years (bottom), glyphs (top). */
export const TREND_MARGIN: Margin = { top: 22, right: 58, bottom: 34, left: 50 };
/** With several series, the right margin grows for their names, up to this. */
export const MAX_RIGHT = 130;
/** Between a series' last point and its label. */
export const END_LABEL_GAP = 10;
/** Room kept between text and the edge of the drawing: the y axis's labels, the end labels. */
const EDGE = 2;
/** Room kept free around a marker and, beyond its half-width, around a glyph. */
const CLEARANCE = 2;
const GLYPH_CLEARANCE = 1;

/**
 * The latest point of a series, null when it has none.
 * @example lastPoint({ points: [{ year: 2016, … }, { year: 2012, … }] }) // the 2016 point
 */
export function lastPoint(series: Pick<SeriesView, 'points'>): EstimateView | null {
	return series.points.reduce<EstimateView | null>(
		(latest, point) => (latest === null || point.year > latest.year ? point : latest),
		null
	);
}

/** What a trend chart's margins depend on. */
export interface TrendMarginInput {
	lang: Lang;
	/** Every series, shown or not, so that toggling one never moves the others. */
	series: readonly SeriesView[];
	/** The name of each series, by key (seriesNames); its label when missing. */
	names: ReadonlyMap<string, string>;
	/** Whether the end labels name the series (a chart of several). */
	named: boolean;
	/** The y axis's ticks. */
	yTicks: readonly number[];
}

/**
 * The margins of a trend chart: on the left, room for the widest percentage at a phone's font;
 * on the right, with several series, room for the longest end label as it would be written at
 * the largest font, within MAX_RIGHT.
 * @example trendMargin({ lang: 'fr', series, names, named: false, yTicks: [0, 20, 40, 60, 80] })
 * // { top: 22, right: 58, bottom: 34, left: 50 }
 */
export function trendMargin({ lang, series, names, named, yTicks }: TrendMarginInput): Margin {
	const left = Math.max(
		TREND_MARGIN.left,
		Math.ceil(
			Math.max(...yTicks.map((tick) => measureText(formatPercent(lang, tick), MAX_FONT_SIZE))) +
				AXIS_Y_LABEL_GAP +
				EDGE
		)
	);
	if (!named) return { ...TREND_MARGIN, left };
	const around = EDGE + END_LABEL_PADDING;
	const room = MAX_RIGHT - END_LABEL_GAP - around;
	const bases = series.map((one) => baseName(names.get(one.key) ?? one.label));
	const widest = Math.max(
		0,
		...series.map((one) => {
			const last = lastPoint(one);
			if (last === null) return 0;
			const name = names.get(one.key) ?? one.label;
			const value = formatPercent(lang, last.value);
			const own = bases.filter((base) => base === baseName(name)).length === 1;
			const fitted = fitName(name, value, room, MAX_FONT_SIZE, MINIMUM_NAME, own);
			return fitted === null ? room : endLabelWidth({ name: fitted, value }, MAX_FONT_SIZE);
		})
	);
	return {
		...TREND_MARGIN,
		left,
		right: Math.min(
			MAX_RIGHT,
			Math.max(TREND_MARGIN.right, Math.ceil(END_LABEL_GAP + widest + around))
		)
	};
}

/** What a trend chart's end labels depend on. */
export interface TrendEndLabelsInput {
	lang: Lang;
	/** The series shown. */
	visible: readonly SeriesView[];
	names: ReadonlyMap<string, string>;
	named: boolean;
	/** The marker of each series, by key (seriesStyles); a circle when missing. */
	styles: ReadonlyMap<string, Pick<SeriesStyle, 'marker'>>;
	/** The missing years of the series shown, merged (mergeMissingYears). */
	missing: readonly MergedMissingYear[];
	/** The series breaks of the series shown, merged (mergeBreaks); default none. */
	breaks?: readonly MergedBreak[];
	/** The years where a series shown has a figure: a partial gap there has no label. */
	visibleYears: readonly number[];
	margin: Margin;
	/** The plotting area and its scales, as ChartFrame will draw them (frameScales). */
	innerWidth: number;
	innerHeight: number;
	x: (year: number) => number;
	y: (value: number) => number;
}

/**
 * The end labels of a trend chart (layoutEndLabels), clear of its markers, change glyphs, line
 * segments and the labels of missing years and series breaks (GapMarkers writes those upwards from the bottom, so their
 * height depends on the font size).
 * @example trendEndLabels({ lang: 'fr', visible, names, named: false, styles, missing: [], visibleYears, margin, innerWidth, innerHeight, x, y })
 * // { placed: [{ key: 'awareness', x: 382, y: 58, anchor: 'start', texts: … }], unplaced: [] }
 */
export function trendEndLabels(input: TrendEndLabelsInput): EndLabelLayout {
	const { lang, visible, names, named, styles, missing, visibleYears, margin } = input;
	const breaks = input.breaks ?? [];
	const { innerWidth, innerHeight, x, y } = input;
	const boxes: Box[] = [];
	const segments: Segment[] = [];
	const glyphHalf = GLYPH_SIZE / 2 + GLYPH_CLEARANCE;
	for (const series of visible) {
		const reach =
			markerReach(styles.get(series.key)?.marker ?? 'circle', MARKER_RADIUS) + CLEARANCE;
		for (const point of series.points) {
			const [px, py] = [x(point.year), y(point.value)];
			boxes.push({ left: px - reach, right: px + reach, top: py - reach, bottom: py + reach });
			const glyph = changeGlyph(point.change);
			if (glyph !== null) {
				const gy = py + (glyph.shape === 'down' ? GLYPH_OFFSET : -GLYPH_OFFSET);
				boxes.push({
					left: px - glyphHalf,
					right: px + glyphHalf,
					top: gy - glyphHalf,
					bottom: gy + glyphHalf
				});
			}
		}
		for (const run of splitAtMissingYears(series.points, series.missing, series.breaks)) {
			for (let index = 1; index < run.length; index++) {
				const [from, to] = [run[index - 1], run[index]];
				segments.push({ x1: x(from.year), y1: y(from.value), x2: x(to.year), y2: y(to.value) });
			}
		}
	}
	const gapLabels = [
		...missing
			.filter((gap) => gap.inEverySeries || !visibleYears.includes(gap.year))
			.map((gap) => ({
				x: x(gap.year),
				text: gap.reasons.map((reason) => missingReasonText(lang, reason)).join(' / ')
			})),
		...breaks.map((seriesBreak) => ({
			x: x(breakMarkerYear(seriesBreak.year)),
			text: t(lang, 'chart.break')
		}))
	];
	const boxesAt = (size: FontSize): Box[] => [
		...boxes,
		...gapLabels.map((gap) => ({
			left: gap.x - size * 0.5,
			right: gap.x + size * 0.5,
			top: innerHeight - GAP_LABEL_INSET - measureText(gap.text, size * GAP_LABEL_FONT),
			bottom: innerHeight
		}))
	];
	const requests = visible.flatMap((series) => {
		const last = lastPoint(series);
		if (last === null) return [];
		return [
			{
				key: series.key,
				name: named ? (names.get(series.key) ?? series.label) : null,
				value: formatPercent(lang, last.value),
				x: x(last.year),
				y: y(last.value)
			}
		];
	});
	return layoutEndLabels(requests, {
		gap: END_LABEL_GAP,
		lineHeight: LINE_HEIGHT,
		// Above the x axis, whose line would show through the letters.
		top: 0,
		bottom: innerHeight - LINE_HEIGHT / 2,
		right: innerWidth + margin.right - EDGE,
		boxes: boxesAt,
		segments
	});
}

/**
 * What the key says after each series whose end label did not fit: its last value and year.
 * @example unplacedNotes('fr', series, ['climate']) // Map { 'climate' => '42 % (2016)' }
 */
export function unplacedNotes(
	lang: Lang,
	series: readonly SeriesView[],
	unplaced: readonly string[]
): Map<string, string> {
	return new Map(
		unplaced.flatMap((key) => {
			const one = series.find((candidate) => candidate.key === key);
			const last = one === undefined ? null : lastPoint(one);
			return last === null
				? []
				: [[key, `${formatPercent(lang, last.value)} (${last.year})`] as const];
		})
	);
}
