import { describe, expect, it } from 'vitest';
import { estimates } from './estimates';
import { dataset, figure, wave } from './fixtures';

describe('estimates', () => {
	it("gives the 2017 entrepreneurs' 60 % its Wilson interval at the assumed base n = 88", () => {
		const [estimate] = estimates(
			dataset(
				[wave(2017, 'entrepreneurs', 88)],
				[figure(2017, 'entrepreneurs', 'digital_social_link', 'yes', 60)]
			)
		);
		expect(estimate).toMatchObject({ pct: 60, base: 88, baseAssumed: true, effectiveN: 88 });
		// statsmodels proportion_confint(52.8, 88, method='wilson')
		expect(estimate.ciLow).toBeCloseTo(49.55377289415968, 9);
		expect(estimate.ciHigh).toBeCloseTo(69.60968577254248, 9);
	});

	it("uses the file's base over the sample size, and divides it by the design effect", () => {
		const [estimate] = estimates(
			dataset(
				[wave(2017, 'public', 1071, { designEffect: 1.5 })],
				[figure(2017, 'public', 'q', 'a', 50, { base: 600 })]
			)
		);
		expect(estimate).toMatchObject({ base: 600, baseAssumed: false, effectiveN: 400 });
		// statsmodels: the Wilson width at p = 0.5, n = 400
		expect(estimate.ciHigh! - estimate.ciLow!).toBeCloseTo(9.753099166058199, 9);
	});

	it('says n unknown with null rather than inventing a band', () => {
		const [estimate] = estimates(
			dataset([wave(2012, 'public', null)], [figure(2012, 'public', 'awareness_terms', 'sse', 50)])
		);
		expect(estimate).toMatchObject({
			base: null,
			baseAssumed: false,
			effectiveN: null,
			ciLow: null,
			ciHigh: null
		});
	});

	it('leaves out figures that only publish a change, and sorts by year, population, question, answer', () => {
		const result = estimates(
			dataset(
				[wave(2017, 'public', 1071), wave(2016, 'public', 1011)],
				[
					figure(2017, 'public', 'b', 'x', 10),
					figure(2017, 'public', 'a', 'y', null, { deltaPts: 7, deltaVsYear: 2016 }),
					figure(2016, 'public', 'b', 'x', 20),
					figure(2017, 'public', 'a', 'x', 30)
				]
			)
		);
		expect(result.map((e) => [e.year, e.questionId, e.answerId])).toEqual([
			[2016, 'b', 'x'],
			[2017, 'a', 'x'],
			[2017, 'b', 'x']
		]);
	});
});
