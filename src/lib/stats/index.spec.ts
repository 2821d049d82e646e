import { describe, expect, it } from 'vitest';
import * as stats from './index';

describe('index', () => {
	it('re-exports every function and constant of the statistics core', () => {
		const functions = [
			'assertCriticalValue',
			'assertProportion',
			'assertSampleSize',
			'assertWeights',
			'compareProportions',
			'criticalValue',
			'designEffect',
			'effectiveN',
			'kishEffectiveN',
			'newcombeInterval',
			'significanceLevel',
			'twoProportionTest',
			'twoSidedPValue',
			'waldInterval',
			'weightedProportion',
			'wilsonInterval'
		];
		for (const name of functions)
			expect(typeof stats[name as keyof typeof stats], name).toBe('function');
		expect(stats.Z_95).toBe(1.959963984540054);
		expect(stats.MIN_TESTABLE_BASE).toBe(20);
		expect(stats.SMALL_BASE).toBe(30);
	});
});
