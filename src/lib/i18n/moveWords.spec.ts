import { describe, expect, it } from 'vitest';
import { moveWord } from './moveWords';

describe('moveWord', () => {
	it('finds French move words by their stem, with their direction', () => {
		expect(moveWord('fr', 'en recul de 21 points')).toEqual({ word: 'recul', direction: 'fall' });
		expect(moveWord('fr', 'en progression de 5 points')).toEqual({
			word: 'progress',
			direction: 'rise'
		});
		expect(moveWord('fr', 'la Hausse')).toEqual({ word: 'Hausse', direction: 'rise' });
		expect(moveWord('fr', 'baissent')).toEqual({ word: 'baiss', direction: 'fall' });
	});

	it('finds whole English words only', () => {
		expect(moveWord('en', 'a fall of 21 points')).toEqual({ word: 'fall', direction: 'fall' });
		expect(moveWord('en', 'it rose')).toEqual({ word: 'rose', direction: 'rise' });
		expect(moveWord('en', 'the group of startups')).toBe(null);
	});

	it('gives the first of the directions asked', () => {
		expect(moveWord('en', 'it fell, then rose')).toEqual({ word: 'fell', direction: 'fall' });
		expect(moveWord('en', 'it fell, then rose', ['rise'])).toEqual({
			word: 'rose',
			direction: 'rise'
		});
	});

	it('finds none in stable or untestable wording', () => {
		expect(moveWord('fr', "stable depuis 2016 (+2\u00a0pts, dans la marge d'erreur)")).toBe(null);
		expect(moveWord('en', 'against 50% in 2012 (n unknown: not testable)')).toBe(null);
	});
});
