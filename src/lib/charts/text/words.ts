/**
 * The small pieces of text that charts, tooltips, tables and descriptions share: an interval, a
 * base, a change, a verdict in words. Pure; numbers are written by src/lib/i18n/format.ts.
 */
import { formatNumber, formatPercent, formatPoints, MINUS_SIGN } from '../../i18n/format';
import { language, type Lang } from '../../i18n/lang';
import { t, type MessageKey } from '../../i18n/messages';
import { SMALL_BASE } from '../../stats/smallBase';
import type {
	ChangeVerdict,
	DifferenceView,
	EstimateView,
	MissingYear,
	NotComparableView
} from '../../views/types';

/** U+2013 EN DASH, between the ends of a range. */
export const EN_DASH = '\u2013';

/**
 * A 95 % interval in percent, rounded to whole numbers, the unit written once.
 * @example formatInterval('fr', 49.2, 70.4) // '49–70 %'
 * @example formatInterval('en', 49.2, 70.4) // '49–70%'
 */
export function formatInterval(lang: Lang, low: number, high: number): string {
	return `${formatNumber(lang, low, 0)}${EN_DASH}${formatPercent(lang, high, 0)}`;
}

/**
 * Half the width of an estimate's interval, in points, for "± 2,9 pts"; null when the interval is
 * unknown (n unknown). Wilson intervals are not symmetric: this is the half-width, not a margin
 * added to the value.
 * @example intervalHalfWidth({ ciLow: 60.1, ciHigh: 65.9 }) // 2.9 (to rounding)
 */
export function intervalHalfWidth(interval: {
	ciLow: number | null;
	ciHigh: number | null;
}): number | null {
	if (interval.ciLow === null || interval.ciHigh === null) return null;
	return (interval.ciHigh - interval.ciLow) / 2;
}

/**
 * A whole number of points with its sign and no unit, never "−0".
 * @example formatSignedNumber('fr', 12.4) // '+12'
 * @example formatSignedNumber('fr', -3) // '−3'
 * @example formatSignedNumber('en', -0.2) // '0'
 */
export function formatSignedNumber(lang: Lang, value: number): string {
	const rounded = Math.round(value);
	if (rounded === 0) return '0';
	const number = formatNumber(lang, Math.abs(rounded), 0);
	return `${rounded > 0 ? '+' : MINUS_SIGN}${number}`;
}

/**
 * The interval of a difference in points.
 * @example formatPointsRange('fr', 12.2, 25.9) // 'de +12 à +26 pts'
 * @example formatPointsRange('en', -4, 3) // '−4 to +3 pts'
 */
export function formatPointsRange(lang: Lang, low: number, high: number): string {
	return t(lang, 'chart.pointsRange', {
		low: formatSignedNumber(lang, low),
		high: formatPoints(lang, Math.round(high) === 0 ? 0 : high)
	});
}

/**
 * The interval of a difference, short, for a narrow column: signed whole numbers, no unit.
 * @example formatPointsRangeShort('fr', 10.16, 24.96) // '+10 à +25'
 * @example formatPointsRangeShort('en', -4, 3) // '−4 to +3'
 */
export function formatPointsRangeShort(lang: Lang, low: number, high: number): string {
	return t(lang, 'chart.pointsRangeShort', {
		low: formatSignedNumber(lang, low),
		high: formatSignedNumber(lang, high)
	});
}

/**
 * The base of an estimate in words, as parts to list: the number, then whether it is assumed.
 * @example baseParts('fr', { base: 1002, baseAssumed: true }) // ['n = 1 002', "taille d'échantillon supposée"]
 * @example baseParts('en', { base: null, baseAssumed: false }) // ['n unknown']
 */
export function baseParts(
	lang: Lang,
	estimate: Pick<EstimateView, 'base' | 'baseAssumed'>
): string[] {
	if (estimate.base === null) return [t(lang, 'chart.baseUnknown')];
	const base = t(lang, 'chart.base', { n: formatNumber(lang, estimate.base) });
	return estimate.baseAssumed ? [base, t(lang, 'chart.baseAssumed')] : [base];
}

/**
 * The base of an estimate in words, on its own.
 * @example baseText('fr', { base: 1071, baseAssumed: false }) // 'n = 1 071'
 * @example baseText('fr', { base: 1002, baseAssumed: true }) // "n = 1 002 (taille d'échantillon supposée)"
 * @example baseText('en', { base: null, baseAssumed: false }) // 'n unknown'
 */
export function baseText(lang: Lang, estimate: Pick<EstimateView, 'base' | 'baseAssumed'>): string {
	const [base, ...rest] = baseParts(lang, estimate);
	return rest.length === 0 ? base : `${base} (${rest.join(', ')})`;
}

/**
 * A change against an earlier wave, without its verdict; across a series break, that there is none.
 * @example changeText('fr', { delta: 2, fromYear: 2016, … }) // '+2 pts depuis 2016'
 * @example changeText('en', { delta: -8, fromYear: null, … }) // '−8 pts'
 * @example changeText('fr', { delta: null, fromYear: 2016, … }) // 'non comparable à 2016 (formulation changée)'
 */
export function changeText(
	lang: Lang,
	change: Pick<DifferenceView, 'delta' | 'fromYear'> | Pick<NotComparableView, 'delta' | 'fromYear'>
): string {
	if (change.delta === null) return t(lang, 'chart.notComparable', { year: change.fromYear });
	const points = formatPoints(lang, change.delta);
	if (change.fromYear === null) return points;
	return `${points} ${t(lang, 'chart.since', { year: change.fromYear })}`;
}

const verdictKeys: Record<Exclude<ChangeVerdict, 'untestable'>, MessageKey> = {
	significant: 'chart.verdict.significant',
	not_significant: 'chart.verdict.notSignificant',
	borderline: 'chart.verdict.borderline',
	not_comparable: 'chart.verdict.notComparable'
};

/**
 * What the test says about a difference, in words. An untestable difference says why: its interval
 * is null when an n is unknown; otherwise a small base (flagged by the caller) or a degenerate
 * case (both sides 0 % or 100 %) left nothing to test.
 * @example verdictPhrase('fr', { verdict: 'not_significant', … }, false) // "dans la marge d'erreur"
 * @example verdictPhrase('en', { verdict: 'untestable', ciLow: null, … }, false) // 'n unknown: not testable'
 */
export function verdictPhrase(
	lang: Lang,
	comparison: { verdict: ChangeVerdict; ciLow: number | null },
	smallBase: boolean
): string {
	if (comparison.verdict !== 'untestable') return t(lang, verdictKeys[comparison.verdict]);
	if (comparison.ciLow === null) return t(lang, 'chart.verdict.unknownBase');
	return t(lang, smallBase ? 'chart.verdict.smallBase' : 'chart.verdict.untestable');
}

const verdictShortKeys: Record<ChangeVerdict, MessageKey> = {
	significant: 'verdict.significant',
	not_significant: 'verdict.notSignificant',
	borderline: 'verdict.borderline',
	untestable: 'verdict.untestable',
	not_comparable: 'verdict.notComparable'
};

/**
 * A verdict in one or two words, for a narrow column.
 * @example verdictShort('fr', 'not_significant') // 'non significatif'
 */
export function verdictShort(lang: Lang, verdict: ChangeVerdict): string {
	return t(lang, verdictShortKeys[verdict]);
}

/**
 * The first letter in upper case: a message that reads inside a sentence, at the head of a line.
 * @example upperFirst("dans la marge d'erreur") // "Dans la marge d'erreur"
 */
export function upperFirst(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The threshold of a small base, as the warnings quote it (src/lib/stats/smallBase.ts). */
const smallBaseValues = (lang: Lang) => ({ smallBase: formatNumber(lang, SMALL_BASE) });

/**
 * The warning on a figure with a small base.
 * @example smallBaseWarning('en') // 'Small base (under 30 respondents): read with caution'
 */
export function smallBaseWarning(lang: Lang): string {
	return t(lang, 'chart.smallBase', smallBaseValues(lang));
}

/**
 * What dashed marks mean, in a chart's key.
 * @example smallBaseMarks('en') // 'Dashed: small base (under 30)'
 */
export function smallBaseMarks(lang: Lang): string {
	return t(lang, 'chart.marks.smallBase', smallBaseValues(lang));
}

/**
 * Why a year has no figure, in a few words.
 * @example missingReasonText('fr', 'no_wave') // 'pas de vague'
 */
export function missingReasonText(lang: Lang, reason: MissingYear['reason']): string {
	return t(lang, reason === 'no_wave' ? 'chart.noWave' : 'chart.notPublished');
}

/**
 * The years without a figure, grouped by reason, and the waves that follow a series break, for the
 * line under a chart too narrow to write them along their marks.
 * @example missingYearsNote('fr', [{ year: 2014, reasons: ['no_wave'] }, { year: 2015, reasons: ['not_published'] }, { year: 2019, reasons: ['no_wave'] }], [2017])
 * // 'pas de vague : 2014, 2019 ; non publié : 2015 ; formulation changée : 2017' (U+00A0 before each colon)
 */
export function missingYearsNote(
	lang: Lang,
	missing: readonly { year: number; reasons: readonly MissingYear['reason'][] }[],
	breakYears: readonly number[] = []
): string {
	const reasons: MissingYear['reason'][] = ['no_wave', 'not_published'];
	const groups = reasons.map((reason) => ({
		label: missingReasonText(lang, reason),
		years: missing.filter((gap) => gap.reasons.includes(reason)).map((gap) => gap.year)
	}));
	groups.push({ label: t(lang, 'chart.break'), years: [...breakYears] });
	return groups
		.filter(({ years }) => years.length > 0)
		.map(({ label, years }) => withColon(lang, label, years.join(', ')))
		.join(language(lang).semicolon);
}

/**
 * A label and its text, with the language's colon.
 * @example withColon('fr', 'Source', 'OpinionWay') // 'Source : OpinionWay' (U+00A0 before the colon)
 * @example withColon('en', 'Source', 'OpinionWay') // 'Source: OpinionWay'
 */
export function withColon(lang: Lang, label: string, text: string): string {
	return `${label}${language(lang).colon}${text}`;
}

/**
 * A list in words, "a, b et c" / "a, b and c".
 * @example listText('fr', ['2014', '2015', '2019']) // '2014, 2015 et 2019'
 */
export function listText(lang: Lang, items: readonly string[]): string {
	return new Intl.ListFormat(language(lang).locale, { type: 'conjunction' }).format(items);
}
