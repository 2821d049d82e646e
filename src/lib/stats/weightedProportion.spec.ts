import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expectClose';
import { surveyReference } from './fixtures/surveyReference';
import { weightedProportion } from './weightedProportion';

const answersWithWeights = fc
	.array(
		fc.record({
			value: fc.constantFrom<0 | 1>(0, 1),
			weight: fc.double({ min: 1e-3, max: 1e3, noNaN: true })
		}),
		{
			minLength: 1,
			maxLength: 200
		}
	)
	.map((rows) => ({
		values: rows.map((row) => row.value),
		weights: rows.map((row) => row.weight)
	}));

describe('weightedProportion', () => {
	it('is Σw·y / Σw', () => {
		expect(weightedProportion([1, 0, 1, 1, 0], [0.5, 1.5, 2, 1, 3])).toBe(0.4375);
	});

	it('is the plain proportion when all weights are equal', () => {
		expect(weightedProportion([1, 1, 0, 0, 0], [1, 1, 1, 1, 1])).toBe(0.4);
	});

	it('reads true and false as 1 and 0', () => {
		expect(weightedProportion([true, false], [3, 1])).toBe(0.75);
		expect(weightedProportion([true, 0, 1, false], [1, 2, 3, 4])).toBe(
			weightedProportion([1, 0, 1, 0], [1, 2, 3, 4])
		);
	});

	it('is exactly 0 when nobody answers yes and exactly 1 when everybody does', () => {
		expect(weightedProportion([0, 0, 0], [0.3, 1.7, 2.9])).toBe(0);
		expect(weightedProportion([1, 1, 1], [0.3, 1.7, 2.9])).toBe(1);
	});

	it('lets a zero-weight respondent count for nothing', () => {
		expect(weightedProportion([1, 0, 1], [1, 1, 0])).toBe(0.5);
	});

	it("matches R survey's svymean on the reference samples to 1e-9", () => {
		for (const reference of surveyReference.cases) {
			expectClose(
				weightedProportion(reference.values, reference.weights),
				reference.weightedProportion,
				1e-9,
				reference.name
			);
		}
	});

	it('throws a RangeError when answers and weights differ in length', () => {
		expect(() => weightedProportion([1, 0], [1])).toThrow(/differ in length/);
	});

	it('throws a RangeError for an answer that is not 0, 1, true or false', () => {
		const twos: number[] = [1, 2];
		expect(() => weightedProportion(twos as (0 | 1)[], [1, 1])).toThrow(
			/values\[1\] must be 0, 1, true or false/
		);
	});

	it('throws a RangeError for no respondents, all-zero weights or a negative weight', () => {
		expect(() => weightedProportion([], [])).toThrow(RangeError);
		expect(() => weightedProportion([1, 0], [0, 0])).toThrow(RangeError);
		expect(() => weightedProportion([1, 0], [1, -1])).toThrow(RangeError);
	});

	it('always lies within [0, 1]', () => {
		fc.assert(
			fc.property(answersWithWeights, ({ values, weights }) => {
				const proportion = weightedProportion(values, weights);
				return 0 <= proportion && proportion <= 1;
			})
		);
	});

	it('does not change when every weight is multiplied by the same factor', () => {
		fc.assert(
			fc.property(
				answersWithWeights,
				fc.double({ min: 1e-6, max: 1e8, noNaN: true }),
				({ values, weights }, factor) => {
					const scaled = weights.map((weight) => weight * factor);
					return (
						Math.abs(weightedProportion(values, scaled) - weightedProportion(values, weights)) <
						1e-12
					);
				}
			)
		);
	});
});
