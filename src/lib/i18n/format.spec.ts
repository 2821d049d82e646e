import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPlusMinus, formatPoints } from './format';

/** The code points of a string, written U+XXXX, so that a failing test shows the invisible spaces. */
function codePoints(text: string): string[] {
	return [...text].map(
		(char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
	);
}

const MINUS = '\u2212';
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
	it('groups French thousands with a narrow no-break space', () => {
		expect(codePoints(formatNumber('fr', 1071))).toEqual(codePoints(`1${NNBSP}071`));
		expect(formatNumber('fr', 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
	});
	it('groups English thousands with a comma', () => {
		expect(formatNumber('en', 1071)).toBe('1,071');
	});
	it('leaves small numbers ungrouped', () => {
		expect(formatNumber('fr', 88)).toBe('88');
		expect(formatNumber('en', 0)).toBe('0');
	});
	it('writes negatives with the true minus sign', () => {
		expect(codePoints(formatNumber('fr', -2.5, 1))).toEqual(codePoints(`${MINUS}2,5`));
		expect(formatNumber('en', -1071)).toBe(`${MINUS}1,071`);
	});
	it('uses the decimal comma in French and the point in English', () => {
		expect(formatNumber('fr', 0.25, 2)).toBe('0,25');
		expect(formatNumber('en', 0.25, 2)).toBe('0.25');
	});
	it('keeps up to three fraction digits when none are asked for', () => {
		expect(formatNumber('en', 1.23456)).toBe('1.235');
	});
	it('refuses NaN and infinities', () => {
		expect(() => formatNumber('fr', Number.NaN)).toThrow(RangeError);
		expect(() => formatNumber('en', Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});

describe('formatPercent', () => {
	it('puts a no-break space before % in French', () => {
		expect(codePoints(formatPercent('fr', 63))).toEqual(['U+0036', 'U+0033', 'U+00A0', 'U+0025']);
	});
	it('puts no space before % in English', () => {
		expect(formatPercent('en', 63)).toBe('63%');
	});
	it('takes percent units, not proportions', () => {
		expect(formatPercent('en', 0.63)).toBe('1%');
		expect(formatPercent('en', 100)).toBe('100%');
	});
	it('rounds to the digits asked for', () => {
		expect(formatPercent('fr', 14.25, 1)).toBe(`14,3${NBSP}%`);
		expect(formatPercent('en', 63.4)).toBe('63%');
		expect(formatPercent('en', 5, 1)).toBe('5.0%');
	});
	it('writes a negative percentage with the true minus sign', () => {
		expect(formatPercent('fr', -3)).toBe(`${MINUS}3${NBSP}%`);
	});
	it('matches what Intl gives for fr-FR', () => {
		const intl = new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.63);
		expect(codePoints(formatPercent('fr', 63))).toEqual(codePoints(intl));
	});
	it('refuses NaN', () => {
		expect(() => formatPercent('fr', Number.NaN)).toThrow(RangeError);
	});
});

describe('formatPoints', () => {
	it('writes a fall with U+2212 and a no-break space before pts', () => {
		expect(codePoints(formatPoints('fr', -13))).toEqual([
			'U+2212',
			'U+0031',
			'U+0033',
			'U+00A0',
			'U+0070',
			'U+0074',
			'U+0073'
		]);
		expect(formatPoints('en', -13)).toBe(`${MINUS}13${NBSP}pts`);
	});
	it('writes a rise with a plus sign', () => {
		expect(formatPoints('fr', 2)).toBe(`+2${NBSP}pts`);
		expect(formatPoints('en', 2)).toBe(`+2${NBSP}pts`);
	});
	it('writes zero without a sign, even when it comes from rounding', () => {
		expect(formatPoints('en', 0)).toBe(`0${NBSP}pts`);
		expect(formatPoints('en', -0.2)).toBe(`0${NBSP}pts`);
		expect(formatPoints('fr', -0)).toBe(`0${NBSP}pt`);
	});
	it('follows the plural rule of each language', () => {
		expect(formatPoints('fr', 1)).toBe(`+1${NBSP}pt`);
		expect(formatPoints('fr', -1.5, 1)).toBe(`${MINUS}1,5${NBSP}pt`);
		expect(formatPoints('fr', 1.96, 1)).toBe(`+2,0${NBSP}pts`);
		expect(formatPoints('en', 1)).toBe(`+1${NBSP}pt`);
		expect(formatPoints('en', -1.5, 1)).toBe(`${MINUS}1.5${NBSP}pts`);
	});
	it('rounds to the digits asked for', () => {
		expect(formatPoints('fr', 20.84, 1)).toBe(`+20,8${NBSP}pts`);
	});
	it('refuses infinities', () => {
		expect(() => formatPoints('fr', Number.NEGATIVE_INFINITY)).toThrow(RangeError);
	});
});

describe('formatPlusMinus', () => {
	it('writes the French half-width with no-break spaces and a decimal comma', () => {
		expect(codePoints(formatPlusMinus('fr', 2.94))).toEqual([
			'U+00B1',
			'U+00A0',
			'U+0032',
			'U+002C',
			'U+0039',
			'U+00A0',
			'U+0070',
			'U+0074',
			'U+0073'
		]);
	});
	it('writes the English half-width with a decimal point', () => {
		expect(formatPlusMinus('en', 2.94)).toBe(`±${NBSP}2.9${NBSP}pts`);
	});
	it('rounds to the digits asked for', () => {
		expect(formatPlusMinus('en', 10.45, 0)).toBe(`±${NBSP}10${NBSP}pts`);
	});
	it('uses the singular where the language does', () => {
		expect(formatPlusMinus('fr', 1.5)).toBe(`±${NBSP}1,5${NBSP}pt`);
		expect(formatPlusMinus('en', 1.5)).toBe(`±${NBSP}1.5${NBSP}pts`);
	});
	it('refuses a negative half-width', () => {
		expect(() => formatPlusMinus('fr', -1)).toThrow(RangeError);
	});
});
