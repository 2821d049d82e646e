import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../fixtures';
import { publishedChanges } from './publishedChanges';

describe('publishedChanges', () => {
	it('lists the figures published only as a change, with their population and base year', () => {
		expect(publishedChanges(sampleCatalog('en'), 'awareness_terms')).toEqual([
			{
				key: 'public/awareness_terms/social_entrepreneur/2016',
				year: 2016,
				population: 'public',
				populationLabel: 'General public',
				tone: 'public',
				label: 'Answer social_entrepreneur',
				delta: 7,
				fromYear: 2013
			}
		]);
	});

	it('gives none for a question whose every figure has a level', () => {
		expect(publishedChanges(sampleCatalog('fr'), 'digital_social_link')).toEqual([]);
	});
});
