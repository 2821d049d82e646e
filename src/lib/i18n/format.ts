/**
 * Numbers as the site writes them, in French and English, with Intl.NumberFormat.
 *
 * The characters are fixed, whatever the ICU version of the browser or of Node:
 * - minus sign: U+2212 MINUS SIGN "−", never the hyphen-minus "-" that Intl gives;
 * - French digit grouping: U+202F NARROW NO-BREAK SPACE ("1 071"), what Intl gives for fr-FR
 *   since ICU 64 (older ICU gave U+00A0; it is normalised);
 * - French space before "%": U+00A0 NO-BREAK SPACE ("63 %"), what Intl gives for fr-FR
 *   (`new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.63)`, checked with Node 20 /
 *   ICU 78); English has no space ("63%");
 * - space between a number and "pts", and after "±": U+00A0 in both languages.
 *
 * Every function throws a RangeError for NaN or ±Infinity: a number that cannot be written is a
 * bug upstream, better found at build time than printed as "NaN %". Missing values (null) are the
 * caller's to word ("Pas de donnée").
 */
import { language, type Lang } from './lang';

/** U+2212 MINUS SIGN. */
export const MINUS_SIGN = '\u2212';
/** U+00A0 NO-BREAK SPACE. */
export const NO_BREAK_SPACE = '\u00a0';
/** U+202F NARROW NO-BREAK SPACE. */
export const NARROW_NO_BREAK_SPACE = '\u202f';

/** How a number is written: its fraction digits (fixed, or Intl's default of up to 3) and sign. */
interface NumberStyle {
	digits: number | undefined;
	signed: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function fractionOptions(digits: number | undefined): Intl.NumberFormatOptions {
	return digits === undefined
		? {}
		: { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** The (cached) formatter for a language and style. */
function numberFormat(lang: Lang, { digits, signed }: NumberStyle): Intl.NumberFormat {
	const key = `${lang}|${digits}|${signed}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(language(lang).locale, {
			...fractionOptions(digits),
			signDisplay: signed ? 'exceptZero' : 'auto'
		});
		numberFormats.set(key, format);
	}
	return format;
}

/** The (cached) plural rules for a language and a number of fraction digits. */
function plural(lang: Lang, digits: number): Intl.PluralRules {
	const key = `${lang}|${digits}`;
	let rules = pluralRules.get(key);
	if (!rules) {
		rules = new Intl.PluralRules(language(lang).locale, fractionOptions(digits));
		pluralRules.set(key, rules);
	}
	return rules;
}

function assertFinite(value: number, what: string): void {
	if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${what}: ${value}`);
}

/** Formats a number, then fixes the minus sign and the grouping space (languages.js). */
function writeNumber(lang: Lang, value: number, style: NumberStyle): string {
	const text = numberFormat(lang, style).format(value).replace(/-/g, MINUS_SIGN);
	const { groupSeparator } = language(lang);
	return groupSeparator === null ? text : text.replace(/[\u00a0\u202f ]/g, groupSeparator);
}

/** "pt" or "pts", by the plural rule of the language for the number as written. */
function pointsUnit(lang: Lang, value: number, digits: number): string {
	return plural(lang, digits).select(Math.abs(value)) === 'one' ? 'pt' : 'pts';
}

/**
 * A number, grouped by thousands. With `digits`, exactly that many fraction digits; without,
 * Intl's default (up to 3).
 * @example formatNumber('fr', 1071) // '1 071' (U+202F between the groups)
 * @example formatNumber('en', 1071) // '1,071'
 * @example formatNumber('fr', -2.5, 1) // '−2,5'
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
	assertFinite(value, 'a number');
	return writeNumber(lang, value, { digits, signed: false });
}

/**
 * A percentage, from a value in percent units (63 means 63 %, as in the data files).
 * @example formatPercent('fr', 63) // '63 %' (U+00A0 before %)
 * @example formatPercent('en', 63) // '63%'
 * @example formatPercent('fr', 14.25, 1) // '14,3 %'
 */
export function formatPercent(lang: Lang, value: number, digits = 0): string {
	assertFinite(value, 'a percentage');
	return `${writeNumber(lang, value, { digits, signed: false })}${language(lang).percentSpace}%`;
}

/**
 * A change or a gap in percentage points, always signed except at zero (a value that rounds to 0
 * is written "0", never "−0"). "pt" or "pts" follows the language's plural rule: French is
 * singular below 2 ("1,5 pt"), English only at 1 ("1 pt", "1.5 pts").
 * @example formatPoints('fr', -13) // '−13 pts' (U+2212, then U+00A0 before pts)
 * @example formatPoints('en', 2) // '+2 pts'
 * @example formatPoints('fr', 1) // '+1 pt'
 * @example formatPoints('fr', -0.2) // '0 pt'
 */
export function formatPoints(lang: Lang, delta: number, digits = 0): string {
	assertFinite(delta, 'a change in points');
	const number = writeNumber(lang, delta, { digits, signed: true });
	return `${number}${NO_BREAK_SPACE}${pointsUnit(lang, delta, digits)}`;
}

/**
 * The half-width of a symmetric interval, in percentage points: "± 2,9 pts".
 * @example formatPlusMinus('fr', 2.94) // '± 2,9 pts' (U+00A0 after ± and before pts)
 * @example formatPlusMinus('en', 2.94) // '± 2.9 pts'
 * @example formatPlusMinus('en', 10.45, 0) // '± 10 pts'
 */
export function formatPlusMinus(lang: Lang, halfWidth: number, digits = 1): string {
	assertFinite(halfWidth, 'a half-width');
	if (halfWidth < 0) throw new RangeError(`A half-width cannot be negative: ${halfWidth}`);
	const number = writeNumber(lang, halfWidth, { digits, signed: false });
	return `±${NO_BREAK_SPACE}${number}${NO_BREAK_SPACE}${pointsUnit(lang, halfWidth, digits)}`;
}
