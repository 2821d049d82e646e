/**
 * Charts in words: the sentence a screen reader hears on a point, and the paragraph under each
 * chart's title. Pure functions of the view models; the numbers and their verdicts are read, never
 * computed.
 */
import { formatPercent, formatPlusMinus, formatPoints } from '../../i18n/format';
import { language, type Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type {
	DumbbellView,
	EstimateView,
	GapRowView,
	RankedBarsView,
	TrendView
} from '../../views/types';
import { mergeBreaks, mergeMissingYears } from '../geometry/missingYears';
import { seriesNames } from './seriesNames';
import {
	baseParts,
	baseText,
	changeText,
	formatPointsRange,
	intervalHalfWidth,
	listText,
	missingReasonText,
	smallBaseWarning,
	verdictPhrase,
	withColon
} from './words';

/** The first letter in lower case, for a message used inside a sentence. */
function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/**
 * A value with the half-width of its interval, when known.
 * @example describeValue('fr', { value: 63, ciLow: 60.1, ciHigh: 65.9, … }) // '63 % (± 2,9 pts)'
 * @example describeValue('en', { value: 50, ciLow: null, ciHigh: null, … }) // '50%'
 */
export function describeValue(
	lang: Lang,
	estimate: Pick<EstimateView, 'value' | 'ciLow' | 'ciHigh'>
): string {
	const value = formatPercent(lang, estimate.value);
	const halfWidth = intervalHalfWidth(estimate);
	return halfWidth === null ? value : `${value} (${formatPlusMinus(lang, halfWidth)})`;
}

/**
 * A value, its interval and its change with the verdict: what a reader needs about one figure.
 * @example describeEstimate('fr', estimate)
 * // "63 % (± 2,9 pts), +2 pts depuis 2016, dans la marge d'erreur"
 * @example describeEstimate('en', estimate)
 * // '63% (± 2.9 pts), +2 pts since 2016, within the margin of error'
 */
export function describeEstimate(lang: Lang, estimate: EstimateView): string {
	const value = describeValue(lang, estimate);
	if (estimate.change === null) return value;
	if (estimate.change.verdict === 'not_comparable')
		return `${value}, ${changeText(lang, estimate.change)}`;
	const verdict = verdictPhrase(lang, estimate.change, estimate.smallBase);
	return `${value}, ${changeText(lang, estimate.change)}, ${verdict}`;
}

/**
 * Everything about one point in one sentence, for its aria-label: answer, population, year, value,
 * change, base, the flags (small base, derived, approximate), why a series breaks, and note in words.
 * @example describePoint('en', estimate)
 * // 'Knows the social economy, General public, 2017: 63% (± 2.9 pts), +2 pts since 2016,
 * //  within the margin of error. n = 1,071.'
 */
export function describePoint(lang: Lang, estimate: EstimateView): string {
	const heading = `${estimate.label}, ${estimate.populationLabel}, ${estimate.year}`;
	const sentences = [
		withColon(lang, heading, describeEstimate(lang, estimate)),
		baseText(lang, estimate)
	];
	if (estimate.smallBase) sentences.push(smallBaseWarning(lang));
	if (estimate.derived) sentences.push(t(lang, 'chart.derived'));
	if (estimate.approximate) sentences.push(t(lang, 'chart.approximate'));
	if (estimate.change?.verdict === 'not_comparable' && estimate.change.note !== null)
		sentences.push(withColon(lang, t(lang, 'chart.breakNote'), estimate.change.note));
	if (estimate.note !== null)
		sentences.push(withColon(lang, t(lang, 'common.note'), estimate.note));
	return sentences.map(asSentence).join(' ');
}

/** A text ending with a full stop, unless it already ends with one (or ? !). */
function asSentence(text: string): string {
	return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** "2014 (pas de vague), 2015 (non publié) et 2019 (pas de vague)". */
function missingList(lang: Lang, missing: ReturnType<typeof mergeMissingYears>): string {
	const years = missing.map(
		({ year, reasons }) =>
			`${year} (${reasons.map((reason) => missingReasonText(lang, reason)).join(', ')})`
	);
	return listText(lang, years);
}

/**
 * A trend chart in a few sentences: for each series its first and last figures (the last with
 * its interval, change and verdict) and its highest when in between; then the years without a
 * figure and why, and the series breaks.
 * @example describeTrend('fr', view)
 * // "Grand public : 50 % en 2012 ; en 2020, 47 % (± 3 pts), −21 pts depuis 2018, au-delà de la
 * //  marge d'erreur. Maximum : 68 % en 2018. Pas de chiffre en 2014 (pas de vague), …"
 */
export function describeTrend(lang: Lang, view: TrendView): string {
	const names = seriesNames(view.series);
	const sentences: string[] = [];
	for (const series of view.series) {
		const points = [...series.points].sort((a, b) => a.year - b.year);
		const name = names.get(series.key) ?? series.label;
		const first = points[0];
		const last = points[points.length - 1];
		if (first === undefined || last === undefined) continue;
		if (first === last) {
			const figure = describeEstimate(lang, first);
			sentences.push(
				t(lang, 'chart.describe.singleFigure', {
					series: name,
					year: first.year,
					figure
				})
			);
			continue;
		}
		sentences.push(
			t(lang, 'chart.describe.series', {
				series: name,
				first: formatPercent(lang, first.value),
				firstYear: first.year,
				lastYear: last.year,
				last: describeEstimate(lang, last)
			})
		);
		const peak = points.reduce((highest, point) => (point.value > highest.value ? point : highest));
		if (peak !== first && peak !== last && peak.value > first.value && peak.value > last.value) {
			const value = formatPercent(lang, peak.value);
			sentences.push(t(lang, 'chart.describe.peak', { value, year: peak.year }));
		}
	}
	const missing = mergeMissingYears(view.series);
	if (missing.length > 0) {
		sentences.push(t(lang, 'chart.describe.missing', { years: missingList(lang, missing) }));
	}
	const breaks = mergeBreaks(view.series);
	if (breaks.length > 0) {
		const years = breaks.map(({ year, inEverySeries }) => {
			if (inEverySeries) return String(year);
			const broken = view.series.filter((one) => one.breaks.some((b) => b.year === year));
			return `${year} (${broken.map((one) => names.get(one.key) ?? one.label).join(', ')})`;
		});
		sentences.push(t(lang, 'chart.describe.breaks', { years: listText(lang, years) }));
	}
	return sentences.join(' ');
}

/**
 * Ranked answers in one sentence, highest first, each with its interval, change and verdict; the
 * base once, after the year, when all answers share it (and whether it is assumed); and, when
 * other answers were not published, that no rank is claimed beyond them.
 * @example describeRankedBars('fr', view)
 * // "Entrepreneurs sociaux, 2017 (n = 88, taille d'échantillon supposée) : Manque de moyens
 * //  financiers, 43 % (± 10,1 pts), 0 pt depuis 2016, dans la marge d'erreur ; … Autres réponses
 * //  non publiées."
 */
export function describeRankedBars(lang: Lang, view: RankedBarsView): string {
	const bases = new Set(view.bars.map((bar) => bar.base));
	const [onlyBase] = bases;
	const base =
		bases.size === 1 && onlyBase !== null && onlyBase !== undefined
			? ` (${baseParts(lang, { base: onlyBase, baseAssumed: view.bars.every((bar) => bar.baseAssumed) }).join(', ')})`
			: '';
	const separator = language(lang).semicolon;
	const answers = view.bars
		.map((bar) => {
			const flags = bar.derived ? ` (${lowerFirst(t(lang, 'chart.derived'))})` : '';
			return `${bar.label}, ${describeEstimate(lang, bar)}${flags}`;
		})
		.join(separator);
	const sentence = t(lang, 'chart.describe.bars', {
		population: view.populationLabel,
		year: view.year,
		base,
		answers
	});
	return view.partial ? `${sentence} ${t(lang, 'chart.otherAnswers')}.` : sentence;
}

/**
 * One row of a dumbbell: both values, the gap with its interval, the verdict.
 * @example describeGap('fr', row)
 * // "Éducation : 88 % (Entrepreneurs sociaux) contre 69 % (Grand public), écart de +19 pts
 * //  (de +12 à +26 pts), au-delà de la marge d'erreur."
 */
export function describeGap(lang: Lang, row: GapRowView): string {
	const { a, b, gap } = row;
	const range =
		gap.ciLow === null || gap.ciHigh === null
			? ''
			: ` (${formatPointsRange(lang, gap.ciLow, gap.ciHigh)})`;
	return t(lang, 'chart.describe.gap', {
		label: row.label,
		a: formatPercent(lang, a.value),
		populationA: a.populationLabel,
		b: formatPercent(lang, b.value),
		populationB: b.populationLabel,
		gap: `${formatPoints(lang, gap.delta)}${range}`,
		verdict: verdictPhrase(lang, gap, a.smallBase || b.smallBase)
	});
}

/** Every row of a dumbbell chart, one sentence each. */
export function describeDumbbell(lang: Lang, view: DumbbellView): string {
	return view.rows.map((row) => describeGap(lang, row)).join(' ');
}
