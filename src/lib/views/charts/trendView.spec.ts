import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { trendView } from './trendView';

describe('trendView', () => {
	const view = trendView(bundledCatalog('fr'), {
		id: 'sse',
		questionId: 'awareness_terms',
		answerIds: ['sse'],
		populations: ['public']
	});

	it("draws the public's awareness of the ESS from 2012 to 2020 with every year on the axis", () => {
		expect(view.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
		expect(view.series).toHaveLength(1);
		expect(view.series[0].points.map((p) => [p.year, p.value])).toEqual([
			[2012, 50],
			[2013, 64],
			[2016, 61],
			[2017, 63],
			[2018, 68],
			[2020, 47]
		]);
		expect(view.series[0].label).toBe('Économie sociale et solidaire (ESS)');
	});

	it('names each missing year with its reason: no wave, or a wave that did not publish the figure', () => {
		expect(view.series[0].missing).toEqual([
			{ year: 2014, reason: 'no_wave' },
			{ year: 2015, reason: 'not_published' },
			{ year: 2019, reason: 'no_wave' }
		]);
	});

	it('carries the interval, the n and the change with its verdict; n unknown in 2012', () => {
		const [first, second, , , fifth, last] = view.series[0].points;
		expect(first).toMatchObject({ base: null, ciLow: null, ciHigh: null, change: null });
		expect(second.change).toMatchObject({
			fromYear: 2012,
			delta: 14,
			ciLow: null,
			verdict: 'untestable'
		});
		expect(fifth.change).toMatchObject({ fromYear: 2017, delta: 5, verdict: 'significant' });
		expect(last).toMatchObject({ value: 47, base: 1056, baseAssumed: true, smallBase: false });
		expect(last.change).toMatchObject({ fromYear: 2018, delta: -21, verdict: 'significant' });
	});

	it('speaks English in English', () => {
		const english = trendView(bundledCatalog('en'), {
			id: 'sse',
			questionId: 'awareness_terms',
			answerIds: ['sse'],
			populations: ['public']
		});
		expect(english.title).toBe('Has already heard of the term…');
		expect(english.series[0].populationLabel).toBe('General public');
	});
});
