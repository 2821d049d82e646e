import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../fixtures';
import { figureNotes } from './figureNotes';
import { rankedBarsView } from './rankedBarsView';
import { trendView } from './trendView';

describe('figureNotes', () => {
	it('prints a note shared by two figures once, naming both', () => {
		const view = rankedBarsView(sampleCatalog('fr'), {
			id: 'b',
			questionId: 'barriers_to_creation',
			population: 'public'
		});
		expect(figureNotes(view?.bars ?? [])).toEqual([
			{
				text: 'Population uncertain (ambiguity 4).',
				figures: ['2017, Grand public, Réponse money', '2017, Grand public, Réponse idea']
			}
		]);
	});

	it('keeps the notes in the order the figures come', () => {
		const view = trendView(sampleCatalog('en'), {
			id: 't',
			questionId: 'obstacles_development'
		});
		expect(figureNotes(view.series.flatMap((s) => s.points)).map((n) => n.text)).toEqual([
			'Derived from a published change: ±1 pt.'
		]);
	});

	it('gives nothing for figures without notes', () => {
		const view = trendView(sampleCatalog('en'), { id: 't', questionId: 'digital_useful_domains' });
		expect(view.series.length).toBeGreaterThan(0);
		expect(figureNotes(view.series.flatMap((s) => s.points))).toEqual([]);
	});
});
