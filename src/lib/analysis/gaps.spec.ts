import { describe, expect, it } from 'vitest';
import { estimates } from './estimates';
import { dataset, figure, wave } from './fixtures';
import { gaps } from './gaps';

const waves = [
	wave(2017, 'entrepreneurs', 88),
	wave(2017, 'public', 1071),
	wave(2017, 'public_18_24', null, { parent: 'public' })
];

describe('gaps', () => {
	it('measures the tech-for-good gap: entrepreneurs 60 % minus public 35 % is +25 points, significant', () => {
		const data = dataset(waves, [
			figure(2017, 'entrepreneurs', 'digital_social_link', 'yes', 60),
			figure(2017, 'public', 'digital_social_link', 'yes', 35)
		]);
		const [gap] = gaps(estimates(data), ['entrepreneurs', 'public']);
		expect(gap).toMatchObject({
			populationA: 'entrepreneurs',
			populationB: 'public',
			pctA: 60,
			pctB: 35,
			delta: 25,
			verdict: 'significant'
		});
		expect(gap.z).toBeGreaterThan(0);
		expect(gap.ciLow).toBeGreaterThan(0);
	});

	it('never compares a subgroup with its parent', () => {
		const data = dataset(waves, [
			figure(2017, 'public', 'q', 'a', 41),
			figure(2017, 'public_18_24', 'q', 'a', 32)
		]);
		expect(gaps(estimates(data), ['entrepreneurs', 'public'])).toEqual([]);
	});

	it('only pairs the same question, answer and year', () => {
		const data = dataset(
			[...waves, wave(2016, 'public', 1011)],
			[
				figure(2017, 'entrepreneurs', 'q', 'a', 60),
				figure(2016, 'public', 'q', 'a', 35),
				figure(2017, 'public', 'q', 'b', 35)
			]
		);
		expect(gaps(estimates(data), ['entrepreneurs', 'public'])).toEqual([]);
	});
});
