import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { questionPath, themeLinks, themePage } from './themePage';

describe('themeLinks', () => {
	it('lists the themes with a chart, in theme order, with their slug and name', () => {
		expect(themeLinks(sampleCatalog('en'))).toEqual([
			{ theme: 'awareness', slug: 'awareness', path: '/awareness', label: 'Theme awareness' },
			{ theme: 'obstacles', slug: 'obstacles', path: '/obstacles', label: 'Theme obstacles' },
			{
				theme: 'tech_for_good',
				slug: 'tech-for-good',
				path: '/tech-for-good',
				label: 'Theme tech_for_good'
			}
		]);
	});
});

describe('questionPath', () => {
	it('goes to the first page that charts the question, whatever its theme, else to its own page', () => {
		const catalog = sampleCatalog('fr');
		expect(questionPath(catalog, 'barriers_to_creation')).toBe('/obstacles');
		expect(questionPath(catalog, 'digital_useful_domains')).toBe('/tech-for-good');
		expect(questionPath(catalog, 'never_asked')).toBe('/questions/never_asked');
	});
});

describe('themePage', () => {
	const catalog = sampleCatalog('fr');

	it("draws each chart of charts.csv in order, with the theme's name and the chart's note", () => {
		const page = themePage(catalog, 'obstacles');
		expect(page).toMatchObject({ theme: 'obstacles', title: 'Thème obstacles', lead: null });
		expect(page?.charts.map((c) => [c.id, c.kind, c.note])).toEqual([
			['obstacles', 'bars', 'Une note.'],
			['barriers', 'bars', null]
		]);
		const [obstacles, barriers] = page!.charts;
		expect(obstacles.kind === 'bars' && obstacles.view.bars.map((b) => b.value)).toEqual([43, 19]);
		expect(barriers.kind === 'bars' && barriers.view.year).toBe(2017);
	});

	it('shows the gaps of the latest year both samples were asked, in answer order, earlier minus later population', () => {
		const [association, domains] = themePage(catalog, 'tech-for-good')!.charts;
		expect(
			domains.kind === 'gaps' &&
				domains.view.rows.map((r) => [r.year, r.label, r.a.value, r.b.value, r.gap.delta])
		).toEqual([
			[2017, 'Réponse education', 88, 69, 19],
			[2017, 'Réponse employment', 82, 66, 16]
		]);
		expect(association.kind === 'gaps' && association.view.rows.map((r) => r.gap.delta)).toEqual([
			25, -25
		]);
	});

	it('takes the answers, populations, year and title a chart row gives', () => {
		const dataset = sampleDataset();
		const charts = [
			{
				...dataset.charts[0],
				answerIds: ['sse'],
				titleFr: 'Le seul terme ESS',
				populations: ['public']
			},
			{ ...dataset.charts[3], populations: ['public', 'entrepreneurs'], answerIds: ['yes'] }
		];
		const custom = sampleCatalog('fr', { ...dataset, charts });
		const [trend] = themePage(custom, 'awareness')!.charts;
		expect(trend.kind === 'trend' && [trend.view.title, trend.view.series.length]).toEqual([
			'Le seul terme ESS',
			1
		]);
		const [gaps] = themePage(custom, 'tech-for-good')!.charts;
		expect(
			gaps.kind === 'gaps' && gaps.view.rows.map((r) => [r.a.population, r.gap.delta])
		).toEqual([['entrepreneurs', 25]]);
	});

	it('leaves out a chart with nothing to draw, and gives no page for an unknown slug', () => {
		expect(themePage(emptyCatalog('fr'), 'awareness')?.charts).toEqual([]);
		expect(themePage(catalog, 'other')).toBeNull();
		expect(themePage(catalog, 'tech_for_good')).toBeNull();
	});
});
