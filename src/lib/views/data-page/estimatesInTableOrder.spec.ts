import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { estimatesInTableOrder } from './estimatesInTableOrder';

describe('estimatesInTableOrder', () => {
	const catalog = sampleCatalog('fr');
	const ordered = estimatesInTableOrder(catalog);

	it('keeps every estimate once', () => {
		expect(ordered).toHaveLength(catalog.analysis.estimates.length);
		expect(new Set(ordered)).toEqual(new Set(catalog.analysis.estimates));
	});

	it('starts with the first question of the first theme, its first answer, years rising', () => {
		expect(
			ordered.slice(0, 5).map((e) => [e.questionId, e.answerId, e.population, e.year])
		).toEqual([
			['awareness_terms', 'sse', 'public', 2012],
			['awareness_terms', 'sse', 'public', 2013],
			['awareness_terms', 'sse', 'public', 2016],
			['awareness_terms', 'sse', 'public', 2017],
			['awareness_terms', 'social_entrepreneurship', 'public', 2016]
		]);
	});

	it('groups questions by theme, in the order questions.csv first names the themes', () => {
		const themes = ordered.map((e) => catalog.question(e.questionId)?.theme);
		const firstSeen = [...new Set(themes)];
		expect(firstSeen).toEqual(
			[...new Set(catalog.dataset.questions.map((q) => q.theme))].filter((theme) =>
				firstSeen.includes(theme)
			)
		);
		// Each theme is one contiguous block.
		expect(themes.filter((theme, index) => index === 0 || themes[index - 1] !== theme)).toEqual(
			firstSeen
		);
	});

	it('lists entrepreneurs before the public within an answer, years rising', () => {
		const climate = ordered.filter(
			(e) => e.questionId === 'digital_useful_domains' && e.answerId === 'education'
		);
		expect(climate.map((e) => `${e.population} ${e.year}`)).toEqual([
			'entrepreneurs 2016',
			'entrepreneurs 2017',
			'public 2016',
			'public 2017'
		]);
		const firstPublic = climate.findIndex((e) => e.population === 'public');
		expect(climate.slice(0, firstPublic).every((e) => e.population === 'entrepreneurs')).toBe(true);
		expect(climate.slice(firstPublic).every((e) => e.population === 'public')).toBe(true);
		const years = climate.slice(firstPublic).map((e) => e.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('puts a question with the questions of its theme, wherever questions.csv lists it', () => {
		const dataset = sampleDataset();
		const [awareness, obstacles, barriers, link, domains, never] = dataset.questions;
		const questions = [link, awareness, obstacles, barriers, domains, never];
		const order = estimatesInTableOrder(sampleCatalog('fr', { ...dataset, questions }));
		expect([...new Set(order.map((e) => e.questionId))]).toEqual([
			'digital_social_link',
			'digital_useful_domains',
			'awareness_terms',
			'obstacles_development',
			'barriers_to_creation'
		]);
	});

	it('gives nothing without estimates', () => {
		expect(estimatesInTableOrder(emptyCatalog('fr'))).toEqual([]);
	});

	it('does not reorder the analysis itself', () => {
		const before = [...catalog.analysis.estimates];
		estimatesInTableOrder(catalog);
		expect(catalog.analysis.estimates).toEqual(before);
	});
});
