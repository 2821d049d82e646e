import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { rankedBarsView } from './rankedBarsView';

describe('rankedBarsView', () => {
	it("ranks the entrepreneurs' obstacles at the latest wave that asked them, and says other answers were not published", () => {
		const view = rankedBarsView(bundledCatalog('fr'), {
			id: 'obstacles',
			questionId: 'obstacles_development',
			population: 'entrepreneurs'
		})!;
		expect(view.year).toBe(2017);
		expect(view.bars.map((bar) => [bar.label, bar.value, bar.derived])).toEqual([
			['Manque de moyens financiers', 43, false],
			['Manque de partenariats avec des entreprises classiques', 19, true]
		]);
		expect(view.bars[0].change).toMatchObject({
			fromYear: 2016,
			delta: 0,
			verdict: 'not_significant'
		});
		expect(view.partial).toBe(true);
	});

	it('does not call a complete single-choice question partial', () => {
		const view = rankedBarsView(bundledCatalog('en'), {
			id: 'impact',
			questionId: 'impact_measurement_started',
			population: 'entrepreneurs'
		})!;
		expect(view.bars.map((bar) => bar.value)).toEqual([63, 36, 1]);
		expect(view.partial).toBe(false);
	});

	it('is null for a population never asked', () => {
		expect(
			rankedBarsView(bundledCatalog('fr'), {
				id: 'x',
				questionId: 'obstacles_development',
				population: 'public'
			})
		).toBeNull();
	});
});
