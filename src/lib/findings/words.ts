/**
 * The figures of a finding in words: percentages, points, quotes, "about". Numbers are written by
 * src/lib/i18n/format.ts (U+2212, no-break spaces); the words come from the dictionaries.
 */
import { formatNumber, formatPercent, formatPoints } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** Whole numbers as they are (63.00000000000001 too); anything else to one decimal, so that 0.4 is not written 0. */
const digitsOf = (value: number) => (Math.abs(value - Math.round(value)) < 1e-9 ? 0 : 1);

/** "environ …" / "about …" before a derived or approximate figure. */
const approx = (lang: Lang, text: string, about: boolean) =>
	about ? t(lang, 'finding.about', { value: text }) : text;

/**
 * A percentage, with "environ"/"about" when it is derived or approximate.
 * @example percentText('fr', 47, false) // '47 %' (U+00A0 before %)
 * @example percentText('en', 58, true) // 'about 58%'
 */
export function percentText(lang: Lang, pct: number, about: boolean): string {
	return approx(lang, formatPercent(lang, pct, digitsOf(pct)), about);
}

/**
 * A size of a difference, unsigned, in full words: "21 points", "1 point".
 * @example pointsText('fr', -21) // '21 points' (U+00A0 before points)
 * @example pointsText('en', 1) // '1 point'
 * @example pointsText('fr', 1.5) // '1,5 point' (French is singular below 2)
 */
export function pointsText(lang: Lang, delta: number): string {
	const size = Math.abs(delta);
	const digits = digitsOf(size);
	const rule = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).select(size);
	return t(lang, rule === 'one' ? 'finding.points.one' : 'finding.points.other', {
		n: formatNumber(lang, size, digits)
	});
}

/**
 * A difference with its sign, short, with "environ"/"about" when a side is derived or approximate.
 * @example signedPointsText('fr', 2, false) // '+2 pts'
 * @example signedPointsText('fr', -3, true) // 'environ −3 pts' (U+2212)
 */
export function signedPointsText(lang: Lang, delta: number, about: boolean): string {
	return approx(lang, formatPoints(lang, delta, digitsOf(delta)), about);
}

/**
 * A quoted term: « … » in French, “…” in English.
 * @example quote('fr', 'Oui') // '« Oui »' (U+00A0 inside)
 */
export function quote(lang: Lang, text: string): string {
	return t(lang, 'common.quote', { text });
}
