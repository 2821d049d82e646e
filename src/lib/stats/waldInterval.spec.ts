import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalValue, Z_95 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';
import { waldInterval } from './waldInterval';
import { wilsonInterval } from './wilsonInterval';

const proportion = fc.double({ min: 0, max: 1, noNaN: true });
const sampleSize = fc.double({ min: 0.01, max: 1e7, noNaN: true });

describe('waldInterval', () => {
	it('gives the pollsters ±10.45 points at 50% of 88 respondents', () => {
		const { low, high } = waldInterval(0.5, 88);
		expect((100 * (high - low)) / 2).toBeCloseTo(10.45, 2);
	});

	it('gives ±2.99 points at 50% of 1,071 respondents', () => {
		const { low, high } = waldInterval(0.5, 1071);
		expect((100 * (high - low)) / 2).toBeCloseTo(2.99, 2);
	});

	it('is wider than the Wilson interval at 50%', () => {
		const wald = waldInterval(0.5, 88);
		const wilson = wilsonInterval(0.5, 88);
		expect(wald.high - wald.low).toBeGreaterThan(wilson.high - wilson.low);
	});

	it('collapses to zero width at 0% and at 100%', () => {
		expect(waldInterval(0, 88)).toEqual({ low: 0, high: 0 });
		expect(waldInterval(1, 88)).toEqual({ low: 1, high: 1 });
	});

	it('is clipped at 0 for a small proportion on a small base', () => {
		const { low, high } = waldInterval(0.01, 88);
		expect(low).toBe(0);
		expect(high).toBeCloseTo(0.01 + Z_95 * Math.sqrt((0.01 * 0.99) / 88), 15);
	});

	for (const confidence of [0.9, 0.95, 0.99] as const) {
		it(`matches statsmodels' proportion_confint(method='normal') at ${confidence * 100}% to 1e-9`, () => {
			const cases = statsmodelsReference.wald.filter(
				(reference) => reference.confidence === confidence
			);
			expect(cases.length).toBeGreaterThan(100);
			for (const reference of cases) {
				const { low, high } = waldInterval(
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
		for (const n of [0, -1, Number.NaN, Number.NEGATIVE_INFINITY]) {
			expect(() => waldInterval(0.5, n)).toThrow(RangeError);
		}
	});

	it('throws a RangeError for a proportion outside [0, 1]', () => {
		for (const value of [-0.5, 50, Number.NaN]) {
			expect(() => waldInterval(value, 88)).toThrow(RangeError);
		}
	});

	it('always stays within [0, 1] and contains the observed proportion', () => {
		fc.assert(
			fc.property(proportion, sampleSize, (p, n) => {
				const { low, high } = waldInterval(p, n);
				return 0 <= low && low <= p && p <= high && high <= 1;
			})
		);
	});

	it('is symmetric around the proportion wherever it is not clipped', () => {
		fc.assert(
			fc.property(proportion, sampleSize, (p, n) => {
				const { low, high } = waldInterval(p, n);
				if (low === 0 || high === 1) return true;
				return Math.abs(p - low - (high - p)) < 1e-12;
			})
		);
	});
});
