import { describe, expect, it } from 'vitest';
import { breakCatalog, emptyCatalog, sampleCatalog } from '../fixtures';
import { trendView } from './trendView';

describe('trendView', () => {
	const view = trendView(sampleCatalog('fr'), {
		id: 'sse',
		questionId: 'awareness_terms',
		answerIds: ['sse'],
		populations: ['public']
	});

	it('puts every year of the span on the axis, the years without a figure included', () => {
		expect(view.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017]);
		expect(view.series.map((s) => [s.key, s.label])).toEqual([
			['public/awareness_terms/sse', 'Réponse sse']
		]);
		expect(view.series[0].points.map((p) => [p.year, p.value])).toEqual([
			[2012, 50],
			[2013, 64],
			[2016, 61],
			[2017, 63]
		]);
	});

	it('names each missing year with its reason: no wave, or a wave that did not publish the figure', () => {
		expect(view.series[0].missing).toEqual([
			{ year: 2014, reason: 'no_wave' },
			{ year: 2015, reason: 'not_published' }
		]);
	});

	it('carries the interval, the n and the change with its verdict; n unknown in 2012', () => {
		const [first, second, third] = view.series[0].points;
		expect(first).toMatchObject({ base: null, ciLow: null, ciHigh: null, change: null });
		expect(second.change).toMatchObject({
			fromYear: 2012,
			delta: 14,
			ciLow: null,
			verdict: 'untestable'
		});
		expect(third).toMatchObject({ value: 61, base: 1000, baseAssumed: true, smallBase: false });
		expect(third.change).toMatchObject({ fromYear: 2013, delta: -3, verdict: 'not_significant' });
	});

	it("draws every answer and population with figures when none is asked for, the question's label as title", () => {
		const all = trendView(sampleCatalog('fr'), { id: 'all', questionId: 'digital_social_link' });
		expect(all.title).toBe('Question digital_social_link');
		expect(all.series.map((s) => s.key)).toEqual([
			'public/digital_social_link/yes',
			'public/digital_social_link/no',
			'entrepreneurs/digital_social_link/yes',
			'entrepreneurs/digital_social_link/no'
		]);
		expect(all.years).toEqual([2013, 2014, 2015, 2016, 2017]);
	});

	it('speaks English in English', () => {
		const english = trendView(sampleCatalog('en'), {
			id: 'sse',
			questionId: 'awareness_terms',
			answerIds: ['sse']
		});
		expect(english.title).toBe('Question awareness_terms (en)');
		expect(english.series[0]).toMatchObject({
			label: 'Answer sse',
			populationLabel: 'General public'
		});
	});

	it('has no series and no years when nothing was published', () => {
		expect(trendView(emptyCatalog('fr'), { id: 'sse', questionId: 'awareness_terms' })).toEqual({
			id: 'sse',
			title: 'Question awareness_terms',
			years: [],
			series: []
		});
	});

	it("lists a series break, and gives its point a change that is not compared, with the note in the page's language", () => {
		const request = {
			id: 'terms',
			questionId: 'awareness_terms',
			answerIds: ['sse', 'social_entrepreneurship'],
			populations: ['public']
		};
		const [sse, social] = trendView(breakCatalog('fr'), request).series;
		expect(sse.breaks).toEqual([]);
		expect(social.breaks).toEqual([{ year: 2017, fromYear: 2016 }]);
		expect(social.points.map((p) => [p.year, p.change?.verdict ?? null])).toEqual([
			[2016, null],
			[2017, 'not_comparable']
		]);
		expect(social.points[1].change).toMatchObject({ delta: null, note: 'Libellé 2017 différent.' });
		expect(trendView(breakCatalog('en'), request).series[1].points[1].change).toMatchObject({
			note: 'The 2017 wording differs.'
		});
	});
});
