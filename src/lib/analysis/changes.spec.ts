import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakBetween, changes } from './changes';
import { estimates } from './estimates';
import { dataset, figure, wave } from './fixtures';

const waves = [
	wave(2012, 'public', null),
	wave(2013, 'public', 1002),
	wave(2016, 'public', 1011),
	wave(2017, 'public', 1071),
	wave(2016, 'entrepreneurs', 82),
	wave(2017, 'entrepreneurs', 88)
];

describe('changes', () => {
	it('runs from the previous wave that has the figure when years are missing', () => {
		const data = dataset(waves, [
			figure(2013, 'public', 'awareness_terms', 'sse', 64),
			figure(2016, 'public', 'awareness_terms', 'sse', 61)
		]);
		const [change] = changes(estimates(data));
		expect(change).toMatchObject({
			fromYear: 2013,
			toYear: 2016,
			fromPct: 64,
			toPct: 61,
			delta: -3,
			verdict: 'not_significant'
		});
		expect(change.z).toBeLessThan(0);
	});

	it("finds the public's unemployment drop of 13 points (54 % → 41 %) significant, and attaches the published −13", () => {
		const figures = [
			figure(2016, 'public', 'priority_problems', 'unemployment', 54),
			figure(2017, 'public', 'priority_problems', 'unemployment', 41, {
				deltaPts: -13,
				deltaVsYear: 2016
			})
		];
		const [change] = changes(estimates(dataset(waves, figures)));
		expect(change).toMatchObject({ delta: -13, verdict: 'significant', publishedDelta: -13 });
		// statsmodels proportions_ztest([439.11, 545.94], [1071, 1011]) → (−5.93788078758315, 2.887298586000879e-09)
		expect(change.z).toBeCloseTo(-5.93788078758315, 9);
		expect(change.pValue).toBeCloseTo(2.887298586000879e-9, 7);
	});

	it("finds the entrepreneurs' hiring plans 93 % → 81 % (n = 82, 88) significant at p ≈ 0.021", () => {
		const data = dataset(waves, [
			figure(2016, 'entrepreneurs', 'hiring_plans', 'yes', 93),
			figure(2017, 'entrepreneurs', 'hiring_plans', 'yes', 81)
		]);
		const [change] = changes(estimates(data));
		expect(change.verdict).toBe('significant');
		// statsmodels proportions_ztest([71.28, 76.26], [88, 82]) → (−2.3088419438324355, 0.020952353560674285)
		expect(change.z).toBeCloseTo(-2.3088419438324355, 9);
		expect(change.pValue).toBeCloseTo(0.020952353560674285, 7);
	});

	it("is untestable, with null interval and z, when a wave's n is unknown", () => {
		const data = dataset(waves, [
			figure(2012, 'public', 'awareness_terms', 'sse', 50),
			figure(2013, 'public', 'awareness_terms', 'sse', 64)
		]);
		expect(changes(estimates(data))[0]).toMatchObject({
			delta: 14,
			ciLow: null,
			ciHigh: null,
			z: null,
			pValue: null,
			verdict: 'untestable'
		});
	});

	it('has as many changes as consecutive pairs, each delta = to − from with z of the same sign', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
				(values) => {
					const years = [2013, 2016, 2017, 2018];
					const data = dataset(
						years.map((year) => wave(year, 'public', 1000)),
						years.map((year, i) => figure(year, 'public', 'q', 'a', values[i]))
					);
					const result = changes(estimates(data));
					expect(result).toHaveLength(3);
					result.forEach((change, i) => {
						expect(change.delta).toBe(values[i + 1] - values[i]);
						if (change.z !== null && change.delta !== 0)
							expect(Math.sign(change.z)).toBe(Math.sign(change.delta));
					});
				}
			)
		);
	});

	it('computes no change across a break, and does not fall back on the wave before', () => {
		// Entrepreneurs' "financial support": 71 % in 2016 (a press paraphrase), 48 % in 2017 marked
		// as a break; 2013 made up at 50 %, which 2017 must not be compared with either.
		const data = dataset(
			[wave(2013, 'entrepreneurs', 63), ...waves, wave(2018, 'entrepreneurs', 101)],
			[
				figure(2013, 'entrepreneurs', 'partnership_expectations', 'financial_support', 50),
				figure(2016, 'entrepreneurs', 'partnership_expectations', 'financial_support', 71),
				figure(2017, 'entrepreneurs', 'partnership_expectations', 'financial_support', 48, {
					break: true,
					breakNoteEn: 'The 2016 figure is a press paraphrase.'
				}),
				figure(2018, 'entrepreneurs', 'partnership_expectations', 'financial_support', 55)
			]
		);
		const result = changes(estimates(data));
		expect(result.map((c) => [c.fromYear, c.toYear, c.verdict])).toEqual([
			[2013, 2016, 'significant'],
			[2016, 2017, 'not_comparable'],
			[2017, 2018, 'not_significant']
		]);
		expect(result[1]).toEqual({
			population: 'entrepreneurs',
			questionId: 'partnership_expectations',
			answerId: 'financial_support',
			fromYear: 2016,
			toYear: 2017,
			fromPct: 71,
			toPct: 48,
			publishedDelta: null,
			delta: null,
			ciLow: null,
			ciHigh: null,
			z: null,
			pValue: null,
			verdict: 'not_comparable'
		});
		// 48 % (n = 88) → 55 % (n = 101): the wave after the break is compared as usual.
		expect(result[2].delta).toBeCloseTo(7, 9);
	});

	it('finds the break between any two waves of a series, and none within one side of it', () => {
		const data = estimates(
			dataset(
				[wave(2013, 'public', 1002), ...waves, wave(2018, 'public', 1046)],
				[2013, 2016, 2017, 2018].map((year) =>
					figure(year, 'public', 'q', 'a', 40, { break: year === 2017 })
				)
			)
		);
		expect(breakBetween(data, 'public', 'q', 'a', 2013, 2018)?.year).toBe(2017);
		expect(breakBetween(data, 'public', 'q', 'a', 2018, 2016)?.year).toBe(2017);
		expect(breakBetween(data, 'public', 'q', 'a', 2016, 2017)?.year).toBe(2017);
		expect(breakBetween(data, 'public', 'q', 'a', 2017, 2018)).toBeNull();
		expect(breakBetween(data, 'public', 'q', 'a', 2013, 2016)).toBeNull();
		expect(breakBetween(data, 'public', 'q', 'other', 2013, 2018)).toBeNull();
	});
});
