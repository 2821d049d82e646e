import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closestMatch';

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('awarness', 'awareness')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('closestMatch', () => {
	it('suggests the nearest known id', () => {
		expect(closestMatch('awarness_terms', ['awareness_terms', 'obstacles_development'])).toBe(
			'awareness_terms'
		);
		expect(closestMatch('PCT', ['pct', 'base'])).toBe('pct');
	});
	it('suggests nothing when everything is far off', () => {
		expect(closestMatch('zzzzzzzz', ['awareness_terms'])).toBeNull();
		expect(closestMatch('x', [])).toBeNull();
	});
});
