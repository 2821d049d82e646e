/**
 * One figure in words: the sentence a screen reader hears on a point (its aria-label) and the
 * value with its change that the overview's headlines and the chart descriptions share. Apart
 * from describe.ts, which runs at build time, because the browser draws points.
 */
import { formatPercent, formatPlusMinus } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { EstimateView } from '../../views/types';
import {
	baseText,
	changeText,
	intervalHalfWidth,
	smallBaseWarning,
	verdictPhrase,
	withColon
} from './words';

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
