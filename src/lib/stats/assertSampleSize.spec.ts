import { describe, expect, it } from 'vitest';
import { assertSampleSize } from './assertSampleSize';

describe('assertSampleSize', () => {
	it('accepts whole and fractional sizes above 0', () => {
		for (const n of [1, 88, 1071, 88 / 1.15, 0.5]) {
			expect(() => assertSampleSize(n, 'n')).not.toThrow();
		}
	});

	it('rejects 0, negative sizes, NaN and infinity', () => {
		for (const n of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => assertSampleSize(n, 'n')).toThrow(RangeError);
		}
	});

	it('names the argument in the message', () => {
		expect(() => assertSampleSize(0, 'n2')).toThrow(
			/n2 must be a finite number greater than 0, got 0/
		);
	});
});
