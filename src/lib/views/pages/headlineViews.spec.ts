import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { headlineViews } from './headlineViews';

describe('headlineViews', () => {
	const headlines = headlineViews(sampleCatalog('fr'));

	it('leads with every question marked headline that has figures, at its latest wave', () => {
		expect(headlines.map((h) => [h.questionId, h.path, h.figures[0].year])).toEqual([
			['awareness_terms', '/awareness', 2017],
			['digital_social_link', '/tech-for-good', 2017]
		]);
	});

	it('orders the populations as populations.csv does, not by their ids', () => {
		const dataset = sampleDataset();
		const [entrepreneurs, pub, young] = dataset.populations;
		const swapped = headlineViews(
			sampleCatalog('fr', { ...dataset, populations: [pub, entrepreneurs, young] })
		);
		expect(swapped[1].figures.map((f) => f.population)).toEqual([
			'public',
			'public',
			'entrepreneurs',
			'entrepreneurs'
		]);
	});

	it('orders the figures by population, then by answer order (not by value)', () => {
		expect(headlines[1].figures.map((f) => [f.population, f.label, f.value])).toEqual([
			['entrepreneurs', 'Réponse yes', 60],
			['entrepreneurs', 'Réponse no', 40],
			['public', 'Réponse yes', 35],
			['public', 'Réponse no', 65]
		]);
	});

	it("gives each figure its year's wording, its interval and its change", () => {
		expect(headlines[0].figures.map((f) => f.label)).toEqual([
			'Réponse sse',
			'Entrepreneuriat social (libellé 2017)'
		]);
		expect(headlines[0].figures[1]).toMatchObject({
			value: 35,
			change: { fromYear: 2016, delta: 5, verdict: 'significant' }
		});
		expect(headlines[0].figures[1].ciLow).toBeLessThan(35);
	});

	it('leaves out a headline question nobody was asked, and gives none without figures', () => {
		expect(headlines.some((h) => h.questionId === 'never_asked')).toBe(false);
		expect(headlineViews(emptyCatalog('fr'))).toEqual([]);
	});
});
