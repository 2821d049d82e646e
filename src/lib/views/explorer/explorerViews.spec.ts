import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../fixtures';
import { explorerViews } from './explorerViews';

describe('explorerViews', () => {
	const catalog = sampleCatalog('fr');
	const selection = { question: 'awareness_terms', populations: ['public'], from: 2013, to: 2017 };
	const views = explorerViews(catalog, selection);

	it('keeps the state it shows', () => {
		expect(views.selection).toEqual(selection);
	});

	it('draws the trend of the asked populations only', () => {
		expect(views.trend.id).toBe('explorer-trend');
		expect(new Set(views.trend.series.map((series) => series.population))).toEqual(
			new Set(['public'])
		);
	});

	it('draws one bar chart a population, at the later wave', () => {
		expect(views.bars.map((view) => view.id)).toEqual(['explorer-bars-public']);
	});

	it('compares the two waves: 64 % in 2013, 63 % in 2017', () => {
		expect(
			views.comparison.map((row) => [row.key, row.from.value, row.to.value, row.change.delta])
		).toEqual([['public/awareness_terms/sse/2013-2017', 64, 63, -1]]);
	});
});
