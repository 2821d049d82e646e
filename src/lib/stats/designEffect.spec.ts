import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designEffect, effectiveN } from './designEffect';
import { expectClose } from './fixtures/expectClose';
import { surveyReference } from './fixtures/surveyReference';
import { kishEffectiveN } from './kishEffectiveN';

const positiveWeights = fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), {
	minLength: 1,
	maxLength: 200
});

describe('designEffect', () => {
	it('is 1 when all weights are equal', () => {
		expect(designEffect([2, 2, 2])).toBe(1);
	});

	it('is n / n_eff when the weights vary', () => {
		expect(designEffect([0.5, 1.5, 2, 1, 3])).toBe(1.2890625);
	});

	it('counts zero-weight respondents in n', () => {
		expect(designEffect([1, 1, 0])).toBe(1.5);
	});

	it('matches n / n_eff computed in R on the survey reference samples to 1e-9', () => {
		for (const reference of surveyReference.cases) {
			expectClose(designEffect(reference.weights), reference.designEffect, 1e-9, reference.name);
		}
	});

	it('throws a RangeError for the weights kishEffectiveN rejects', () => {
		expect(() => designEffect([])).toThrow(RangeError);
		expect(() => designEffect([0])).toThrow(RangeError);
		expect(() => designEffect([1, -2])).toThrow(RangeError);
	});

	it('is at least 1 for any positive weights', () => {
		fc.assert(fc.property(positiveWeights, (weights) => designEffect(weights) >= 1 - 1e-12));
	});
});

describe('effectiveN', () => {
	it('divides the base by the design effect', () => {
		expect(effectiveN(1071, 1.3)).toBeCloseTo(823.8461538461538, 12);
		expect(effectiveN(88, 1)).toBe(88);
	});

	it('accepts a design effect below 1', () => {
		expect(effectiveN(100, 0.8)).toBe(125);
	});

	it('throws a RangeError for a design effect that is 0, negative or not finite', () => {
		for (const value of [0, -1.2, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => effectiveN(1071, value)).toThrow(RangeError);
		}
	});

	it('throws a RangeError for a base that is 0, negative or not finite', () => {
		for (const base of [0, -88, Number.NaN]) {
			expect(() => effectiveN(base, 1.3)).toThrow(RangeError);
		}
	});

	it('gives Kish n_eff back from the number of respondents and the design effect', () => {
		fc.assert(
			fc.property(positiveWeights, (weights) => {
				const fromDesignEffect = effectiveN(weights.length, designEffect(weights));
				return Math.abs(fromDesignEffect / kishEffectiveN(weights) - 1) < 1e-12;
			})
		);
	});
});
