import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expectClose';
import { surveyReference } from './fixtures/surveyReference';
import { kishEffectiveN } from './kishEffectiveN';

const positiveWeights = fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), {
	minLength: 1,
	maxLength: 200
});

describe('kishEffectiveN', () => {
	it('equals the number of respondents when all weights are equal', () => {
		expect(kishEffectiveN([1, 1, 1, 1])).toBe(4);
		expect(kishEffectiveN(Array.from({ length: 88 }, () => 1.3))).toBeCloseTo(88, 12);
	});

	it('shrinks when the weights vary', () => {
		expect(kishEffectiveN([0.5, 1.5, 2, 1, 3])).toBeCloseTo(3.878787878787879, 15);
		expect(kishEffectiveN([10, 1, 1, 1])).toBeCloseTo(169 / 103, 15);
	});

	it('is 1 for a single respondent', () => {
		expect(kishEffectiveN([2.5])).toBe(1);
	});

	it('lets zero weights count for nothing', () => {
		expect(kishEffectiveN([1, 1, 0])).toBe(2);
	});

	it('matches (Σw)²/Σw² computed in R on the survey reference samples to 1e-9', () => {
		expect(surveyReference.cases.length).toBeGreaterThan(5);
		for (const reference of surveyReference.cases) {
			expectClose(
				kishEffectiveN(reference.weights),
				reference.kishEffectiveN,
				1e-9,
				reference.name
			);
		}
	});

	it('throws a RangeError for no weights, all-zero weights, or a negative or non-finite weight', () => {
		expect(() => kishEffectiveN([])).toThrow(RangeError);
		expect(() => kishEffectiveN([0, 0])).toThrow(RangeError);
		expect(() => kishEffectiveN([1, -1])).toThrow(RangeError);
		expect(() => kishEffectiveN([1, Number.NaN])).toThrow(RangeError);
		expect(() => kishEffectiveN([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
	});

	it('lies between 1 and the number of respondents', () => {
		fc.assert(
			fc.property(positiveWeights, (weights) => {
				const effectiveN = kishEffectiveN(weights);
				return 1 - 1e-12 <= effectiveN && effectiveN <= weights.length * (1 + 1e-12);
			})
		);
	});

	it('does not change when every weight is multiplied by the same factor', () => {
		fc.assert(
			fc.property(
				positiveWeights,
				fc.double({ min: 1e-6, max: 1e8, noNaN: true }),
				(weights, factor) => {
					const scaled = weights.map((weight) => weight * factor);
					return Math.abs(kishEffectiveN(scaled) / kishEffectiveN(weights) - 1) < 1e-12;
				}
			)
		);
	});
});
