import { describe, expect, it } from 'vitest';
import { percentText, pointsText, quote, signedPointsText } from './words';

describe('finding words', () => {
	it('writes percentages with "environ"/"about" for a derived or approximate figure', () => {
		expect(percentText('fr', 47, false)).toBe('47\u00a0%');
		expect(percentText('fr', 14.5, true)).toBe('environ 14,5\u00a0%');
		expect(percentText('en', 58, true)).toBe('about 58%');
		expect(percentText('en', 63.00000000000001, false)).toBe('63%');
	});

	it('writes the size of a change in full points, singular by each language’s rule', () => {
		expect(pointsText('fr', -21)).toBe('21\u00a0points');
		expect(pointsText('fr', 1.5)).toBe('1,5\u00a0point');
		expect(pointsText('en', 1)).toBe('1\u00a0point');
		expect(pointsText('en', 1.5)).toBe('1.5\u00a0points');
		expect(pointsText('en', 0.4)).toBe('0.4\u00a0points');
	});

	it('writes a signed difference with U+2212', () => {
		expect(signedPointsText('fr', 2, false)).toBe('+2\u00a0pts');
		expect(signedPointsText('fr', -3, true)).toBe('environ \u22123\u00a0pts');
		expect(signedPointsText('en', 0, false)).toBe('0\u00a0pts');
	});

	it('quotes with « » in French and “ ” in English', () => {
		expect(quote('fr', 'Oui')).toBe('«\u00a0Oui\u00a0»');
		expect(quote('en', 'Yes')).toBe('“Yes”');
	});
});
