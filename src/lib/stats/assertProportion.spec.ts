import { describe, expect, it } from 'vitest';
import { assertProportion } from './assertProportion';

describe('assertProportion', () => {
	it('accepts 0, 1 and everything between', () => {
		for (const proportion of [0, 1e-12, 0.5, 0.94, 1]) {
			expect(() => assertProportion(proportion, 'p')).not.toThrow();
		}
	});

	it('rejects a percentage passed by mistake, a negative value, NaN and infinities', () => {
		for (const proportion of [
			63,
			1.0000001,
			-0.01,
			Number.NaN,
			Number.POSITIVE_INFINITY,
			Number.NEGATIVE_INFINITY
		]) {
			expect(() => assertProportion(proportion, 'p')).toThrow(RangeError);
		}
	});

	it('names the argument in the message', () => {
		expect(() => assertProportion(63, 'p1')).toThrow(/p1 must be a proportion in \[0, 1\], got 63/);
	});
});
