import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { figureNotes } from './figureNotes';
import { rankedBarsView } from './rankedBarsView';
import { trendView } from './trendView';

describe('figureNotes', () => {
	it('prints the uncertain population of the 2017 barriers once, for both figures that carry it', () => {
		const view = rankedBarsView(bundledCatalog('fr'), {
			id: 'b',
			questionId: 'barriers_to_creation',
			population: 'public'
		})!;
		const notes = figureNotes(view.bars);
		expect(notes).toHaveLength(1);
		expect(notes[0].text).toMatch(/ambiguity 4|population/i);
		expect(notes[0].figures).toEqual([
			"2017, Grand public, Absence d'idée précise",
			'2017, Grand public, Insécurité financière'
		]);
	});

	it('gives nothing for figures without notes', () => {
		const view = trendView(bundledCatalog('en'), { id: 't', questionId: 'digital_social_link' });
		expect(figureNotes(view.series.flatMap((s) => s.points))).toEqual([]);
	});
});
