import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
	it('replaces every placeholder by its value', () => {
		expect(fillTemplate('{a} contre {b}', { a: '88 %', b: '69 %' })).toBe('88 % contre 69 %');
	});

	it('writes numbers as they are', () => {
		expect(fillTemplate('since {year}', { year: 2016 })).toBe('since 2016');
	});

	it('leaves a message without placeholder unchanged', () => {
		expect(fillTemplate('n inconnu', {})).toBe('n inconnu');
	});

	it('throws when a placeholder has no value', () => {
		expect(() => fillTemplate('depuis {year}', {})).toThrow(RangeError);
	});
});
