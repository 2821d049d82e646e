import { describe, expect, it } from 'vitest';
import { assertWeights } from './assertWeights';

describe('assertWeights', () => {
	it('accepts positive weights, with some zero weights among them', () => {
		expect(() => assertWeights([0.8, 1.2, 1])).not.toThrow();
		expect(() => assertWeights([0, 2, 0])).not.toThrow();
	});

	it('rejects an empty list', () => {
		expect(() => assertWeights([])).toThrow(/must not be empty/);
	});

	it('rejects weights that are all zero', () => {
		expect(() => assertWeights([0, 0, 0])).toThrow(/must not all be zero/);
	});

	it('rejects a negative, NaN or infinite weight and says which one', () => {
		expect(() => assertWeights([1, -0.5, 1])).toThrow(
			/weights\[1\] must be a finite number ≥ 0, got -0.5/
		);
		expect(() => assertWeights([1, 1, Number.NaN])).toThrow(RangeError);
		expect(() => assertWeights([Number.POSITIVE_INFINITY, 1])).toThrow(RangeError);
	});
});
