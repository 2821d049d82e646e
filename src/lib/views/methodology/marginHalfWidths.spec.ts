import { describe, expect, it } from 'vitest';
import { marginHalfWidths } from './marginHalfWidths';

describe('marginHalfWidths', () => {
	it('gives the 2017 entrepreneurs (n = 88) Wald margins of ±4.55 to ±10.45 pts', () => {
		const margins = marginHalfWidths(88);
		expect(margins.waldAt5).toBeCloseTo(4.5536, 4);
		expect(margins.waldAt50).toBeCloseTo(10.4466, 4);
	});

	it('gives the 2017 entrepreneurs Wilson margins of ±4.84 to ±10.23 pts', () => {
		const margins = marginHalfWidths(88);
		expect(margins.wilsonAt5).toBeCloseTo(4.8385, 4);
		expect(margins.wilsonAt50).toBeCloseTo(10.2258, 4);
	});

	it('gives the 2017 public (n = 1071) ±1.31 to ±2.99 pts, close to the publisher\'s "1,5 à 3 points"', () => {
		const margins = marginHalfWidths(1071);
		expect(margins.waldAt5).toBeCloseTo(1.3053, 4);
		expect(margins.waldAt50).toBeCloseTo(2.9945, 4);
		expect(margins.wilsonAt50).toBeCloseTo(2.9891, 4);
	});

	it('is wider than the publisher\'s "10 points" for the 2013 entrepreneurs (n = 63): never clamped', () => {
		expect(marginHalfWidths(63).waldAt50).toBeCloseTo(12.3466, 4);
	});

	it('accepts a fractional effective n and refuses n ≤ 0', () => {
		expect(marginHalfWidths(1071 / 1.3).waldAt50).toBeGreaterThan(marginHalfWidths(1071).waldAt50);
		expect(() => marginHalfWidths(0)).toThrow(RangeError);
	});
});
