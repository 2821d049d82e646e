import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_99 } from './criticalValue';
import { MIN_TESTABLE_BASE } from './smallBase';
import { compareProportions, type ProportionPair } from './compareProportions';
import { wilsonInterval } from './wilsonInterval';

const proportion = fc.double({ min: 0, max: 1, noNaN: true });
const knownBase = fc.double({ min: 1, max: 5000, noNaN: true });
const comparison: fc.Arbitrary<ProportionPair> = fc.record({
	p1: proportion,
	n1: fc.option(knownBase, { nil: null, freq: 10 }),
	p2: proportion,
	n2: fc.option(knownBase, { nil: null, freq: 10 })
});

describe('compareProportions', () => {
	it('finds 94% against 83% of 88 significant although the Wilson bands overlap', () => {
		expect(wilsonInterval(0.94, 88).low).toBeLessThan(wilsonInterval(0.83, 88).high);
		const result = compareProportions({ p1: 0.94, n1: 88, p2: 0.83, n2: 88 });
		expect(result.verdict).toBe('significant');
		expect(result.delta).toBeCloseTo(0.11, 15);
		expect(result.test?.pValue).toBeCloseTo(0.022, 3);
		expect(result.interval?.low).toBeCloseTo(0.015, 3);
		expect(result.interval?.high).toBeCloseTo(0.208, 3);
	});

	it('finds 50% against 45% of 88 not significant', () => {
		expect(compareProportions({ p1: 0.5, n1: 88, p2: 0.45, n2: 88 }).verdict).toBe(
			'not_significant'
		);
	});

	it('says borderline when the test rejects but the interval includes 0 (0 of 88 against 4 of 88)', () => {
		const result = compareProportions({ p1: 0, n1: 88, p2: 4 / 88, n2: 88 });
		expect(result.test?.pValue).toBeLessThan(0.05);
		expect(result.interval?.high).toBeGreaterThan(0);
		expect(result.verdict).toBe('borderline');
	});

	it('says borderline when the interval excludes 0 but the test does not reject (37 of 88 against 50 of 88)', () => {
		const result = compareProportions({ p1: 37 / 88, n1: 88, p2: 50 / 88, n2: 88 });
		expect(result.test?.pValue).toBeGreaterThanOrEqual(0.05);
		expect(result.interval?.high).toBeLessThan(0);
		expect(result.verdict).toBe('borderline');
	});

	it('finds borderline cases in about 0.25% of count pairs at 88 against 88 (20 of 7,921)', () => {
		let borderline = 0;
		let pairs = 0;
		for (let first = 0; first <= 88; first++) {
			for (let second = 0; second <= 88; second++) {
				pairs++;
				const { verdict } = compareProportions({ p1: first / 88, n1: 88, p2: second / 88, n2: 88 });
				if (verdict === 'borderline') borderline++;
			}
		}
		expect(pairs).toBe(7921);
		expect(borderline).toBe(20);
	});

	it('tests at the level matching z: 94% against 83% of 88 is not significant at 99%', () => {
		const result = compareProportions({ p1: 0.94, n1: 88, p2: 0.83, n2: 88 }, Z_99);
		expect(result.test?.pValue).toBeGreaterThan(0.01);
		expect(result.interval?.low).toBeLessThan(0);
		expect(result.verdict).toBe('not_significant');
	});

	it('is untestable, with no interval and no test, when a base is unknown', () => {
		expect(compareProportions({ p1: 0.5, n1: null, p2: 0.4, n2: 1071 })).toEqual({
			delta: 0.09999999999999998,
			interval: null,
			test: null,
			verdict: 'untestable'
		});
		expect(compareProportions({ p1: 0.5, n1: 1071, p2: 0.4, n2: null }).verdict).toBe('untestable');
	});

	it('computes the numbers but gives no verdict when a base is under 20', () => {
		const result = compareProportions({ p1: 0.9, n1: MIN_TESTABLE_BASE - 1, p2: 0.1, n2: 1071 });
		expect(result.verdict).toBe('untestable');
		expect(result.interval).not.toBeNull();
		expect(result.test?.pValue).toBeLessThan(1e-7);
	});

	it('gives a verdict from a base of exactly 20', () => {
		expect(compareProportions({ p1: 0.9, n1: MIN_TESTABLE_BASE, p2: 0.1, n2: 1071 }).verdict).toBe(
			'significant'
		);
	});

	it('applies the threshold to a fractional effective base', () => {
		expect(compareProportions({ p1: 0.9, n1: 25 / 1.3, p2: 0.1, n2: 1071 }).verdict).toBe(
			'untestable'
		);
	});

	it('is untestable with an interval but no test when both sides are 0% or both 100%', () => {
		for (const edge of [0, 1]) {
			const result = compareProportions({ p1: edge, n1: 88, p2: edge, n2: 82 });
			expect(result.verdict).toBe('untestable');
			expect(result.test).toBeNull();
			expect(result.interval?.low).toBeLessThan(0);
			expect(result.interval?.high).toBeGreaterThan(0);
		}
	});

	it('throws a RangeError for a proportion outside [0, 1], even when a base is unknown', () => {
		expect(() => compareProportions({ p1: 94, n1: 88, p2: 0.83, n2: 88 })).toThrow(RangeError);
		expect(() => compareProportions({ p1: 0.94, n1: null, p2: -1, n2: 88 })).toThrow(RangeError);
	});

	it('throws a RangeError for a known base of 0', () => {
		expect(() => compareProportions({ p1: 0.5, n1: 0, p2: 0.4, n2: 88 })).toThrow(RangeError);
	});

	it('is symmetric: swapping the sides negates the difference, interval and z, and keeps p and the verdict', () => {
		fc.assert(
			fc.property(comparison, ({ p1, n1, p2, n2 }) => {
				const forward = compareProportions({ p1, n1, p2, n2 });
				const backward = compareProportions({ p1: p2, n1: n2, p2: p1, n2: n1 });
				const sameVerdict = forward.verdict === backward.verdict;
				const negatedDifference = forward.delta === -backward.delta;
				const negatedInterval =
					forward.interval === null
						? backward.interval === null
						: backward.interval !== null &&
							forward.interval.low === -backward.interval.high &&
							forward.interval.high === -backward.interval.low;
				const mirroredTest =
					forward.test === null
						? backward.test === null
						: backward.test !== null &&
							forward.test.z === -backward.test.z &&
							forward.test.pValue === backward.test.pValue;
				return sameVerdict && negatedDifference && negatedInterval && mirroredTest;
			})
		);
	});

	it('only calls a difference significant when p < 0.05 and the interval lies on the side of the difference', () => {
		fc.assert(
			fc.property(comparison, (input) => {
				const { delta, interval, test, verdict } = compareProportions(input);
				if (verdict !== 'significant') return true;
				if (interval === null || test === null) return false;
				const sameSide = delta > 0 ? interval.low > 0 : interval.high < 0;
				return test.pValue < 0.05 && sameSide;
			})
		);
	});

	it('is untestable whenever a base is unknown or under 20', () => {
		fc.assert(
			fc.property(comparison, (input) => {
				const smallOrUnknown = [input.n1, input.n2].some(
					(n) => n === null || n < MIN_TESTABLE_BASE
				);
				return !smallOrUnknown || compareProportions(input).verdict === 'untestable';
			})
		);
	});
});
