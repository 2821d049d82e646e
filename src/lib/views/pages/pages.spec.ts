import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { overviewPage, questionPage, siteCharts } from './pages';

describe('the overview', () => {
	it("leads with the site's title and lead, neutral words when site.csv has none", () => {
		const dataset = {
			...sampleDataset(),
			site: { title: { fr: 'Baromètre du don', en: 'Giving' } }
		};
		expect(overviewPage(sampleCatalog('en', dataset))).toMatchObject({
			heading: 'Giving',
			lead: 'The latest published figures, with their margin of uncertainty and what the test says: is a change beyond the margin of error?'
		});
		expect(overviewPage(sampleCatalog('fr')).heading).toBe('Baromètre');
	});

	it('falls back on the first chart of each theme page when no question is a headline', () => {
		const dataset = sampleDataset();
		const unflagged = {
			...dataset,
			questions: dataset.questions.map((q) => ({ ...q, headline: false }))
		};
		const { headlines } = overviewPage(sampleCatalog('fr', unflagged));
		expect(headlines.map((h) => [h.questionId, h.path, h.figures.length])).toEqual([
			['awareness_terms', '/awareness', 2],
			['obstacles_development', '/obstacles', 2],
			['digital_social_link', '/tech-for-good', 4]
		]);
		expect(overviewPage(emptyCatalog('fr')).headlines).toEqual([]);
		expect(overviewPage(emptyCatalog('fr')).findings).toEqual([]);
	});
});

describe('questionPage', () => {
	const catalog = sampleCatalog('fr');

	it('gives each question its own page with the trend, the bars of each population and the gaps by year', () => {
		const page = questionPage(catalog, 'digital_useful_domains');
		expect(page?.question).toEqual({
			id: 'digital_useful_domains',
			kind: 'multi',
			theme: 'tech_for_good',
			label: 'Question digital_useful_domains',
			note: null
		});
		expect(page?.trend.series).toHaveLength(4);
		expect(page?.bars.map((b) => [b.population, b.year])).toEqual([
			['entrepreneurs', 2017],
			['public', 2017]
		]);
		expect(page?.gaps.map((g) => [g.title, g.rows.map((r) => r.label)])).toEqual([
			['Question digital_useful_domains (2016)', ['Réponse education']],
			['Question digital_useful_domains (2017)', ['Réponse education', 'Réponse employment']]
		]);
		expect(questionPage(catalog, 'nope')).toBeNull();
	});

	it('gives empty charts, not a failed build, for data without figures', () => {
		expect(questionPage(emptyCatalog('fr'), 'awareness_terms')).toMatchObject({
			bars: [],
			gaps: []
		});
	});
});

describe('siteCharts', () => {
	it('lists every chart with figures once, with the page it is on', () => {
		const charts = siteCharts(sampleCatalog('fr'));
		const ids = charts.map((entry) => entry.chart.view.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(
			charts.slice(0, 5).map((entry) => [entry.path, entry.chart.kind, entry.chart.view.id])
		).toEqual([
			['/awareness', 'trend', 'awareness'],
			['/obstacles', 'bars', 'obstacles'],
			['/obstacles', 'bars', 'barriers'],
			['/tech-for-good', 'gaps', 'digital-association'],
			['/tech-for-good', 'gaps', 'digital-domains']
		]);
		expect(ids).toContain('trend-digital_useful_domains');
		expect(ids).toContain('gaps-digital_useful_domains-2017');
		expect(
			charts.find((entry) => entry.chart.view.id === 'bars-digital_useful_domains-public')?.path
		).toBe('/questions/digital_useful_domains');
	});

	it('is empty for data without figures', () => {
		expect(siteCharts(emptyCatalog('en'))).toEqual([]);
	});
});
