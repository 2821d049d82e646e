import { describe, expect, it } from 'vitest';
import { methodFigures } from './methodFigures';

describe('methodFigures', () => {
	it('writes the critical value with all its digits, in each language', () => {
		expect(methodFigures('fr').z).toBe('1,959963984540054');
		expect(methodFigures('en').z).toBe('1.959963984540054');
	});

	it('gives the two small-base thresholds', () => {
		expect(methodFigures('fr')).toMatchObject({ minBase: '20', smallBase: '30' });
	});
});
