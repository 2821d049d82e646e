import { describe, expect, it } from 'vitest';
import { frenchTypography } from './typography';

describe('frenchTypography', () => {
	it('puts no-break spaces before % : » and after «, narrow ones before ; ! ?', () => {
		expect(frenchTypography('« Oui »: 63 % ; vrai ? oui!')).toBe(
			'«\u00a0Oui\u00a0»\u00a0: 63\u00a0%\u202f; vrai\u202f? oui\u202f!'
		);
		expect(frenchTypography('63%')).toBe('63\u00a0%');
	});

	it('writes a minus sign before a number, keeps hyphens in words and times', () => {
		expect(frenchTypography('soit -13 pts (-2 pts)')).toBe('soit \u221213 pts (\u22122 pts)');
		expect(frenchTypography('Égalité femmes-hommes à 10:35')).toBe('Égalité femmes-hommes à 10:35');
	});

	it('leaves well-spaced text as it is', () => {
		const text = 'En 2020, 47\u00a0% du grand public\u00a0: «\u00a0ESS\u00a0».';
		expect(frenchTypography(text)).toBe(text);
	});
});
