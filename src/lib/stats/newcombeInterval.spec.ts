import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalValue, Z_95, Z_99 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';
import { newcombeInterval } from './newcombeInterval';
import { wilsonInterval } from './wilsonInterval';

const proportion = fc.double({ min: 0, max: 1, noNaN: true });
const sampleSize = fc.double({ min: 0.5, max: 1e6, noNaN: true });

describe('newcombeInterval', () => {
	it('gives [+1.5, +20.8] points for 94% against 83% of 88 respondents', () => {
		const { low, high } = newcombeInterval(0.94, 88, 0.83, 88);
		expect(100 * low).toBeCloseTo(1.5, 1);
		expect(100 * high).toBeCloseTo(20.8, 1);
	});

	it('excludes 0 for 94% against 83% of 88 although the two Wilson bands overlap', () => {
		const higher = wilsonInterval(0.94, 88);
		const lower = wilsonInterval(0.83, 88);
		expect(higher.low).toBeLessThan(lower.high);
		expect(newcombeInterval(0.94, 88, 0.83, 88).low).toBeGreaterThan(0);
	});

	it('is not zero-width when both proportions are 0, and contains 0', () => {
		const { low, high } = newcombeInterval(0, 88, 0, 82);
		expect(low).toBeCloseTo(-wilsonInterval(0, 82).high, 15);
		expect(high).toBeCloseTo(wilsonInterval(0, 88).high, 15);
	});

	it('is not zero-width when both proportions are 1', () => {
		const { low, high } = newcombeInterval(1, 1071, 1, 1002);
		expect(low).toBeLessThan(0);
		expect(high).toBeGreaterThan(0);
	});

	for (const confidence of [0.9, 0.95, 0.99] as const) {
		it(`matches statsmodels' confint_proportions_2indep(method='newcomb') at ${confidence * 100}% to 1e-9`, () => {
			const cases = statsmodelsReference.newcombe.filter(
				(reference) => reference.confidence === confidence
			);
			expect(cases.length).toBeGreaterThan(100);
			for (const reference of cases) {
				const { low, high } = newcombeInterval(
					reference.p1,
					reference.n1,
					reference.p2,
					reference.n2,
					criticalValue(confidence)
				);
				const label = `${reference.p1} of ${reference.n1} vs ${reference.p2} of ${reference.n2}`;
				expectClose(low, reference.low, 1e-9, `${label} low`);
				expectClose(high, reference.high, 1e-9, `${label} high`);
			}
		});
	}

	it('throws a RangeError for the inputs the Wilson interval rejects', () => {
		expect(() => newcombeInterval(0.94, 88, 83, 88)).toThrow(RangeError);
		expect(() => newcombeInterval(0.94, -88, 0.83, 88)).toThrow(RangeError);
		expect(() => newcombeInterval(0.94, 88, 0.83, 88, 0)).toThrow(RangeError);
	});

	it('always contains the difference p1 − p2 and stays within [−1, 1]', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const { low, high } = newcombeInterval(p1, n1, p2, n2);
				return -1 <= low && low <= p1 - p2 && p1 - p2 <= high && high <= 1;
			})
		);
	});

	it('is negated when the sides are swapped', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const forward = newcombeInterval(p1, n1, p2, n2);
				const backward = newcombeInterval(p2, n2, p1, n1);
				return forward.low === -backward.high && forward.high === -backward.low;
			})
		);
	});

	it('widens with the confidence level: the 99% interval contains the 95% one', () => {
		fc.assert(
			fc.property(proportion, sampleSize, proportion, sampleSize, (p1, n1, p2, n2) => {
				const at95 = newcombeInterval(p1, n1, p2, n2, Z_95);
				const at99 = newcombeInterval(p1, n1, p2, n2, Z_99);
				return at99.low <= at95.low + 1e-15 && at95.high <= at99.high + 1e-15;
			})
		);
	});
});
