import { describe, expect, it } from 'vitest';
import { syntheticTrend } from '../test/fixtures';
import { MAX_LINES, trendPanels } from './trendPanels';

const lines = (panels: ReturnType<typeof trendPanels>) =>
	panels.panels.map((panel) => panel.view.series.length);

describe('trendPanels', () => {
	it('draws one answer of one population in one panel', () => {
		const panels = trendPanels(syntheticTrend(1, ['public']));
		expect(panels.colourBy).toBe('answer');
		expect(lines(panels)).toEqual([1]);
		expect(panels.panels[0].title).toBeNull();
	});

	it('gives five answers of one population a colour, a dash and a marker each, in one panel', () => {
		const panels = trendPanels(syntheticTrend(5, ['public']));
		expect(lines(panels)).toEqual([5]);
		const [panel] = panels.panels;
		expect(panel.view.series.map((series) => series.tone)).toEqual([
			'answer-1',
			'answer-2',
			'answer-3',
			'answer-4',
			'answer-5'
		]);
		// The points carry the series' colour to the marks and the tooltip.
		expect(panel.view.series[4].points.map((point) => point.tone)).toEqual([
			'answer-5',
			'answer-5',
			'answer-5'
		]);
		expect([...panel.styles.values()]).toEqual([
			{ dash: 'solid', marker: 'circle' },
			{ dash: 'dashed', marker: 'square' },
			{ dash: 'dotted', marker: 'triangle' },
			{ dash: 'dash-dot', marker: 'diamond' },
			{ dash: 'long-dash', marker: 'cross' }
		]);
	});

	it('splits six answers of one population into six panels of one line', () => {
		const panels = trendPanels(syntheticTrend(6, ['public']));
		expect(panels.colourBy).toBe('population');
		expect(lines(panels)).toEqual([1, 1, 1, 1, 1, 1]);
		expect(panels.panels.map((panel) => panel.title)).toEqual([
			'Réponse 1',
			'Réponse 2',
			'Réponse 3',
			'Réponse 4',
			'Réponse 5',
			'Réponse 6'
		]);
		expect(panels.panels[0].view.series[0].tone).toBe('public');
	});

	it('splits six answers of two populations into six panels of two lines, populations as colours', () => {
		const panels = trendPanels(syntheticTrend(6, ['public', 'entrepreneurs']));
		expect(lines(panels)).toEqual([2, 2, 2, 2, 2, 2]);
		expect(
			panels.populations.map(({ population, tone, style }) => [population, tone, style])
		).toEqual([
			['public', 'public', { dash: 'solid', marker: 'circle' }],
			['entrepreneurs', 'entrepreneurs', { dash: 'solid', marker: 'square' }]
		]);
		expect(panels.panels[2].view.title).toBe('Question — Réponse 3');
		expect(panels.panels[2].view.id).toBe('synthetic-answer-3');
		expect(panels.panels[2].styles.get('entrepreneurs/question/answer-3')).toEqual({
			dash: 'solid',
			marker: 'square'
		});
	});

	it('gives two populations of one answer one panel', () => {
		const panels = trendPanels(syntheticTrend(1, ['public', 'entrepreneurs']));
		expect(panels.colourBy).toBe('population');
		expect(lines(panels)).toEqual([2]);
	});

	it('shares one percent axis, covering every interval drawn', () => {
		// The highest upper bound: answer 6 of the entrepreneurs in 2018, 15 + 30 + 3 + 2 = 50.
		const panels = trendPanels(syntheticTrend(6, ['public', 'entrepreneurs']));
		expect(panels.yDomain).toEqual([0, 60]);
		expect(panels.panels.every((panel) => panel.view.years.join() === '2016,2017,2018')).toBe(true);
	});

	it('leaves subgroups out by default and offers them', () => {
		const view = syntheticTrend(4, ['public', 'public_18_24']);
		const panels = trendPanels(view);
		expect(panels.colourBy).toBe('answer');
		expect(lines(panels)).toEqual([4]);
		expect(panels.subgroups).toEqual([{ population: 'public_18_24', label: 'public_18_24' }]);
		const withSubgroups = trendPanels(view, { subgroups: true });
		expect(withSubgroups.colourBy).toBe('population');
		expect(lines(withSubgroups)).toEqual([2, 2, 2, 2]);
		expect(withSubgroups.populations.map((population) => population.tone)).toEqual([
			'public',
			'subgroup'
		]);
	});

	it('draws a trend of subgroups only', () => {
		expect(lines(trendPanels(syntheticTrend(2, ['public_18_24'])))).toEqual([2]);
	});

	it(`never draws more than ${MAX_LINES} lines a panel, even with more populations`, () => {
		const many = ['public', 'entrepreneurs', 'a', 'b', 'c', 'd', 'e'];
		const panels = trendPanels(syntheticTrend(2, many), { subgroups: true });
		expect(lines(panels)).toEqual([5, 2, 5, 2]);
		expect(panels.panels.map((panel) => panel.view.id)).toEqual([
			'synthetic-answer-1-1',
			'synthetic-answer-1-2',
			'synthetic-answer-2-1',
			'synthetic-answer-2-2'
		]);
	});

	it('gives twelve series (six answers, two populations) six panels: none over five', () => {
		const panels = trendPanels(syntheticTrend(6, ['public', 'entrepreneurs']));
		expect(panels.panels.length).toBe(6);
		expect(Math.max(...lines(panels))).toBe(2);
	});
});
