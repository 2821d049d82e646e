import { describe, expect, it } from 'vitest';
import { Z_90, Z_95, Z_99 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { significanceLevel } from './significanceLevel';
import { twoSidedPValue } from './twoSidedPValue';

describe('significanceLevel', () => {
	it('is exactly 0.1, 0.05 and 0.01 for the three constants', () => {
		expect(significanceLevel(Z_90)).toBe(0.1);
		expect(significanceLevel(Z_95)).toBe(0.05);
		expect(significanceLevel(Z_99)).toBe(0.01);
	});

	it('is the two-sided normal tail for any other z', () => {
		expect(significanceLevel(3)).toBe(twoSidedPValue(3));
		expectClose(significanceLevel(3), 0.0026997960632601866, 1e-7, 'z = 3');
	});

	it('throws a RangeError for a z that is not positive and finite', () => {
		for (const z of [0, -1.96, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => significanceLevel(z)).toThrow(RangeError);
		}
	});
});
