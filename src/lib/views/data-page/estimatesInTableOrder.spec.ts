import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { estimatesInTableOrder } from './estimatesInTableOrder';

describe('estimatesInTableOrder', () => {
	const catalog = bundledCatalog('fr');
	const ordered = estimatesInTableOrder(catalog);

	it('keeps every estimate once', () => {
		expect(ordered).toHaveLength(catalog.analysis.estimates.length);
		expect(new Set(ordered)).toEqual(new Set(catalog.analysis.estimates));
	});

	it("starts with the public's awareness of the ESS, 2012 to 2020", () => {
		expect(
			ordered.slice(0, 6).map((e) => [e.questionId, e.answerId, e.population, e.year])
		).toEqual([
			['awareness_terms', 'sse', 'public', 2012],
			['awareness_terms', 'sse', 'public', 2013],
			['awareness_terms', 'sse', 'public', 2016],
			['awareness_terms', 'sse', 'public', 2017],
			['awareness_terms', 'sse', 'public', 2018],
			['awareness_terms', 'sse', 'public', 2020]
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
			(e) => e.questionId === 'priority_problems' && e.answerId === 'climate_change'
		);
		const firstPublic = climate.findIndex((e) => e.population === 'public');
		expect(climate.slice(0, firstPublic).every((e) => e.population === 'entrepreneurs')).toBe(true);
		expect(climate.slice(firstPublic).every((e) => e.population === 'public')).toBe(true);
		const years = climate.slice(firstPublic).map((e) => e.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('does not reorder the analysis itself', () => {
		const before = [...catalog.analysis.estimates];
		estimatesInTableOrder(catalog);
		expect(catalog.analysis.estimates).toEqual(before);
	});
});
