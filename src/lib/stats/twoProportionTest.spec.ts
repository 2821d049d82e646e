import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';
import { twoProportionTest } from './twoProportionTest';

const proportion = fc.double({ min: 0, max: 1, noNaN: true });
const sampleSize = fc.double({ min: 1, max: 1e6, noNaN: true });

describe('twoProportionTest', () => {
	it('finds p ≈ 0.022 for 94% against 83% of 88 respondents', () => {
		const test = twoProportionTest(0.94, 88, 0.83, 88);
		expect(test).not.toBeNull();
		expect(test?.pValue).toBeCloseTo(0.022, 3);
		expect(test?.z).toBeCloseTo(2.2871701157315028, 12);
	});

	it('gives z = 0 and p = 1 for equal proportions', () => {
		expect(twoProportionTest(0.35, 1071, 0.35, 1002)).toEqual({ z: 0, pValue: 1 });
	});

	it('returns null when both proportions are 0: nothing varies, z would be 0/0', () => {
		expect(twoProportionTest(0, 88, 0, 82)).toBeNull();
	});

	it('returns null when both proportions are 1', () => {
		expect(twoProportionTest(1, 1071, 1, 1002)).toBeNull();
	});

	it('is defined for 0% against 100%, with a p-value near 0', () => {
		const test = twoProportionTest(0, 88, 1, 82);
		expect(test?.z).toBeLessThan(-12);
		expect(test?.pValue).toBeLessThan(1e-7);
	});

	it('takes fractional effective bases', () => {
		const plain = twoProportionTest(0.6, 1071, 0.55, 1002);
		const weighted = twoProportionTest(0.6, 1071 / 1.3, 0.55, 1002 / 1.3);
		expect(weighted?.pValue).toBeGreaterThan(plain?.pValue ?? 1);
	});

	it("matches statsmodels' pooled proportions_ztest: z to 1e-9, p to 1e-7, null where it gives NaN", () => {
		expect(statsmodelsReference.twoProportionTest.length).toBeGreaterThan(100);
		for (const reference of statsmodelsReference.twoProportionTest) {
			const test = twoProportionTest(reference.p1, reference.n1, reference.p2, reference.n2);
			const label = `${reference.p1} of ${reference.n1} vs ${reference.p2} of ${reference.n2}`;
			if (reference.z === null || reference.pValue === null) {
				expect(test, label).toBeNull();
				continue;
			}
			expect(test, label).not.toBeNull();
			expectClose(test?.z ?? Number.NaN, reference.z, 1e-9, `${label} z`);
			expectClose(test?.pValue ?? Number.NaN, reference.pValue, 1e-7, `${label} p`);
		}
	});

	it('throws a RangeError for a proportion outside [0, 1] or a base that is not positive', () => {
		expect(() => twoProportionTest(94, 88, 0.83, 88)).toThrow(RangeError);
		expect(() => twoProportionTest(0.94, 88, -0.1, 88)).toThrow(RangeError);
		expect(() => twoProportionTest(0.94, 0, 0.83, 88)).toThrow(RangeError);
		expect(() => twoProportionTest(0.94, 88, 0.83, Number.NaN)).toThrow(RangeError);
	});

	it('gives z the sign of p1 − p2', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const test = twoProportionTest(p1, n1, p2, n2);
				if (test === null) return true;
				return Math.sign(test.z) === Math.sign(p1 - p2);
			})
		);
	});

	it('negates z and keeps p when the sides are swapped', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const forward = twoProportionTest(p1, n1, p2, n2);
				const backward = twoProportionTest(p2, n2, p1, n1);
				if (forward === null || backward === null) return forward === backward;
				return forward.z === -backward.z && forward.pValue === backward.pValue;
			})
		);
	});

	it('is null exactly when both proportions are 0 or both are 1, for proportions from counts', () => {
		const countOfBase = fc
			.integer({ min: 1, max: 100_000 })
			.chain((base) =>
				fc.record({ base: fc.constant(base), count: fc.integer({ min: 0, max: base }) })
			);
		fc.assert(
			fc.property(countOfBase, countOfBase, (first, second) => {
				const p1 = first.count / first.base;
				const p2 = second.count / second.base;
				const untestable = p1 === p2 && (p1 === 0 || p1 === 1);
				return (twoProportionTest(p1, first.base, p2, second.base) === null) === untestable;
			})
		);
	});

	it('gives a p-value within [0, 1]', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const test = twoProportionTest(p1, n1, p2, n2);
				return test === null || (0 <= test.pValue && test.pValue <= 1);
			})
		);
	});
});
