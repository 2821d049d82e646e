import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';
import { twoSidedPValue } from './twoSidedPValue';

describe('twoSidedPValue', () => {
	it('is 0.05 at z = 1.96, to the error function accuracy', () => {
		expectClose(twoSidedPValue(Z_95), 0.05, 1e-7, 'z = Z_95');
	});

	it('is exactly 1 at z = 0 (clamped; the approximation gives 1 − 1.2e-9)', () => {
		expect(twoSidedPValue(0)).toBe(1);
	});

	it('is 0 for an infinite z', () => {
		expect(twoSidedPValue(Number.POSITIVE_INFINITY)).toBe(0);
		expect(twoSidedPValue(Number.NEGATIVE_INFINITY)).toBe(0);
	});

	it('matches scipy 2·norm.sf(|z|) to 1e-7', () => {
		for (const reference of statsmodelsReference.twoSidedPValues) {
			expectClose(twoSidedPValue(reference.z), reference.pValue, 1e-7, `z=${reference.z}`);
		}
	});

	it('throws a RangeError for a NaN z', () => {
		expect(() => twoSidedPValue(Number.NaN)).toThrow(RangeError);
	});

	it('depends only on |z| and stays within [0, 1]', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true }), (z) => {
				const pValue = twoSidedPValue(z);
				return pValue === twoSidedPValue(-z) && 0 <= pValue && pValue <= 1;
			})
		);
	});
});
