import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { rankedBarsView } from './rankedBarsView';

describe('rankedBarsView', () => {
	it('ranks the answers at the latest wave that asked them, and says other answers were not published', () => {
		const view = rankedBarsView(sampleCatalog('fr'), {
			id: 'obstacles',
			questionId: 'obstacles_development',
			population: 'entrepreneurs'
		});
		expect(view?.year).toBe(2017);
		expect(view?.bars.map((bar) => [bar.label, bar.value, bar.derived])).toEqual([
			['Réponse funding', 43, false],
			['Réponse partners', 19, true]
		]);
		expect(view?.bars[0].change).toMatchObject({
			fromYear: 2016,
			delta: 0,
			verdict: 'not_significant'
		});
		expect(view?.partial).toBe(true);
	});

	it('shows an earlier wave when asked for one', () => {
		const view = rankedBarsView(sampleCatalog('fr'), {
			id: 'obstacles',
			questionId: 'obstacles_development',
			population: 'entrepreneurs',
			year: 2016
		});
		expect(view?.bars.map((bar) => [bar.year, bar.value])).toEqual([[2016, 43]]);
	});

	it('calls a single-choice question complete when every answer is published and they sum to 100 %', () => {
		const view = rankedBarsView(sampleCatalog('en'), {
			id: 'digital',
			questionId: 'digital_social_link',
			population: 'public'
		});
		expect(view?.bars.map((bar) => [bar.label, bar.value])).toEqual([
			['Answer no', 65],
			['Answer yes', 35]
		]);
		expect(view?.partial).toBe(false);
		const dataset = sampleDataset();
		const withoutNo = {
			...dataset,
			figures: dataset.figures.filter((f) => !(f.population === 'public' && f.answerId === 'no'))
		};
		const partial = rankedBarsView(sampleCatalog('en', withoutNo), {
			id: 'digital',
			questionId: 'digital_social_link',
			population: 'public'
		});
		expect(partial?.partial).toBe(true);
	});

	it('is null for a population never asked, and when nothing was published', () => {
		const request = { id: 'x', questionId: 'obstacles_development', population: 'public' };
		expect(rankedBarsView(sampleCatalog('fr'), request)).toBeNull();
		expect(
			rankedBarsView(emptyCatalog('fr'), { ...request, population: 'entrepreneurs' })
		).toBeNull();
	});
});
