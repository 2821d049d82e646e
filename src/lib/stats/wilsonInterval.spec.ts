import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalValue, Z_95, Z_99 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';
import { wilsonInterval } from './wilsonInterval';

const proportion = fc.double({ min: 0, max: 1, noNaN: true });
const sampleSize = fc.double({ min: 0.01, max: 1e7, noNaN: true });

describe('wilsonInterval', () => {
	it('gives the published ±10.2 points at 50% of 88 respondents', () => {
		const { low, high } = wilsonInterval(0.5, 88);
		expect((high - low) / 2).toBeCloseTo(0.102, 3);
		expect(low).toBeCloseTo(0.39774166700838975, 15);
		expect(high).toBeCloseTo(0.6022583329916102, 15);
	});

	it('is not zero-width at 0%, and starts exactly at 0', () => {
		const { low, high } = wilsonInterval(0, 88);
		expect(low).toBe(0);
		expect(high).toBeCloseTo(0.0418270666648922, 15);
	});

	it('is not zero-width at 100%, and ends exactly at 1', () => {
		const { low, high } = wilsonInterval(1, 88);
		expect(low).toBeCloseTo(0.9581729333351078, 15);
		expect(high).toBe(1);
	});

	it('is asymmetric around a proportion near the ends', () => {
		const { low, high } = wilsonInterval(0.05, 88);
		expect(0.05 - low).toBeLessThan(high - 0.05);
	});

	it('keeps the observed proportion inside the interval at the extremes of floating point', () => {
		// Counterexamples fast-check found against centre ± half computed directly.
		const extremes: [proportion: number, n: number][] = [
			[5e-324, 0.01],
			[1e-300, 1071],
			[0.9999999999999999, 62.804262269366944],
			[0.9999999999999999, 102165.68885987195]
		];
		for (const [p, n] of extremes) {
			const { low, high } = wilsonInterval(p, n);
			expect(low, `p=${p} n=${n}`).toBeLessThanOrEqual(p);
			expect(high, `p=${p} n=${n}`).toBeGreaterThanOrEqual(p);
		}
	});

	it('accepts a fractional effective n', () => {
		const { low, high } = wilsonInterval(0.5, 88 / 1.15);
		expect(high - low).toBeGreaterThan(wilsonInterval(0.5, 88).high - wilsonInterval(0.5, 88).low);
	});

	for (const confidence of [0.9, 0.95, 0.99] as const) {
		it(`matches statsmodels' proportion_confint(method='wilson') at ${confidence * 100}% to 1e-9`, () => {
			const cases = statsmodelsReference.wilson.filter(
				(reference) => reference.confidence === confidence
			);
			expect(cases.length).toBeGreaterThan(100);
			for (const reference of cases) {
				const { low, high } = wilsonInterval(
					reference.proportion,
					reference.n,
					criticalValue(confidence)
				);
				const label = `p=${reference.proportion} n=${reference.n}`;
				expectClose(low, reference.low, 1e-9, `${label} low`);
				expectClose(high, reference.high, 1e-9, `${label} high`);
			}
		});
	}

	it('throws a RangeError for a base that is 0, negative or not finite', () => {
		for (const n of [0, -88, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => wilsonInterval(0.5, n)).toThrow(RangeError);
		}
	});

	it('throws a RangeError for a proportion outside [0, 1], such as a percentage', () => {
		for (const value of [-0.1, 1.1, 63, Number.NaN]) {
			expect(() => wilsonInterval(value, 88)).toThrow(RangeError);
		}
	});

	it('throws a RangeError for a critical value that is not positive', () => {
		expect(() => wilsonInterval(0.5, 88, 0)).toThrow(RangeError);
		expect(() => wilsonInterval(0.5, 88, -Z_95)).toThrow(RangeError);
	});

	it('always stays within [0, 1] and contains the observed proportion', () => {
		fc.assert(
			fc.property(proportion, sampleSize, (p, n) => {
				const { low, high } = wilsonInterval(p, n);
				return 0 <= low && low <= p && p <= high && high <= 1;
			})
		);
	});

	it('mirrors around one half: the interval for 1 − p is one minus the interval for p', () => {
		fc.assert(
			fc.property(proportion, sampleSize, (p, n) => {
				const forP = wilsonInterval(p, n);
				const forComplement = wilsonInterval(1 - p, n);
				return (
					Math.abs(forComplement.low - (1 - forP.high)) < 1e-12 &&
					Math.abs(forComplement.high - (1 - forP.low)) < 1e-12
				);
			})
		);
	});

	it('widens with the confidence level: the 99% interval contains the 95% one', () => {
		fc.assert(
			fc.property(proportion, sampleSize, (p, n) => {
				const at95 = wilsonInterval(p, n, Z_95);
				const at99 = wilsonInterval(p, n, Z_99);
				return at99.low <= at95.low + 1e-15 && at95.high <= at99.high + 1e-15;
			})
		);
	});
});
