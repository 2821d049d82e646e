import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog } from '../fixtures';
import {
	awarenessPage,
	obstaclesPage,
	overviewPage,
	questionPage,
	siteCharts,
	techForGoodPage
} from './pages';

describe('the themed pages', () => {
	const catalog = sampleCatalog('fr');

	it("draw the public's awareness of the terms, the lone third term apart", () => {
		const { trend, secondary } = awarenessPage(catalog);
		expect(trend.series.map((s) => [s.label, s.points.length])).toEqual([
			['Réponse sse', 4],
			['Réponse social_entrepreneurship', 2]
		]);
		expect([trend.years[0], trend.years.at(-1)]).toEqual([2012, 2017]);
		// Its only figure is a change without a level: no point to draw.
		expect(secondary.series).toEqual([]);
	});

	it("rank the entrepreneurs' obstacles and the public's barriers", () => {
		const page = obstaclesPage(catalog);
		expect(page.entrepreneurs?.bars.map((b) => b.value)).toEqual([43, 19]);
		expect(page.public?.bars.map((b) => b.value)).toEqual([40, 36]);
		expect(page.public?.year).toBe(2017);
	});

	it('show the gaps of the latest year both samples were asked, in answer order', () => {
		const page = techForGoodPage(catalog);
		expect(
			page.domains.rows.map((r) => [r.year, r.label, r.a.value, r.b.value, r.gap.delta])
		).toEqual([
			[2017, 'Réponse education', 88, 69, 19],
			[2017, 'Réponse employment', 82, 66, 16]
		]);
		expect(page.association.rows.map((r) => r.gap.delta)).toEqual([25, -25]);
	});

	it('give each question its own page with the trend, the bars of each population and the gaps by year', () => {
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

	it('give empty charts, not a failed build, for data without the figures they draw', () => {
		const empty = emptyCatalog('fr');
		expect(overviewPage(empty).headlines).toEqual([]);
		const { trend, secondary } = awarenessPage(empty);
		expect([trend.series, trend.years, secondary.series]).toEqual([[], [], []]);
		expect(obstaclesPage(empty)).toEqual({ entrepreneurs: null, public: null });
		const tech = techForGoodPage(empty);
		expect([tech.domains.rows, tech.association.rows]).toEqual([[], []]);
		expect(questionPage(empty, 'awareness_terms')).toMatchObject({ bars: [], gaps: [] });
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
