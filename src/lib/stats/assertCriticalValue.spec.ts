import { describe, expect, it } from 'vitest';
import { assertCriticalValue } from './assertCriticalValue';
import { Z_95 } from './criticalValue';

describe('assertCriticalValue', () => {
	it('accepts a positive finite z', () => {
		expect(() => assertCriticalValue(Z_95)).not.toThrow();
		expect(() => assertCriticalValue(0.1)).not.toThrow();
	});

	it('rejects 0, a negative z, NaN and infinity', () => {
		for (const z of [0, -Z_95, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => assertCriticalValue(z)).toThrow(RangeError);
		}
	});
});
