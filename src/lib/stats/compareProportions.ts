import { assertProportion } from './assertProportion';
import { Z_95 } from './criticalValue';
import type { Interval } from './interval';
import { newcombeInterval } from './newcombeInterval';
import { significanceLevel } from './significanceLevel';
import { MIN_TESTABLE_BASE } from './smallBase';
import { twoProportionTest, type TwoProportionTest } from './twoProportionTest';
import type { Verdict } from './verdict';

/** Two independent proportions (0..1) and their bases; a base is null when unknown. */
export interface ProportionPair {
	p1: number;
	n1: number | null;
	p2: number;
	n2: number | null;
}

/** The result of compareProportions. */
export interface ProportionComparison {
	/** p1 − p2, on the proportion scale. */
	delta: number;
	/** Newcombe interval for p1 − p2; null when a base is unknown. */
	interval: Interval | null;
	/** Pooled z-test; null when a base is unknown or both sides are 0% or both 100%. */
	test: TwoProportionTest | null;
	verdict: Verdict;
}

/**
 * Compares two independent proportions (a change between waves, a gap
 * between populations) with the pooled two-proportion z-test and the
 * Newcombe interval for p1 − p2, and gives a verdict:
 *
 * 1. a base unknown (null) → no interval, no test, 'untestable';
 * 2. a base under MIN_TESTABLE_BASE (20) → interval and test computed, but
 *    'untestable';
 * 3. both 0% or both 100% → interval computed, test null, 'untestable';
 * 4. otherwise 'significant' when p < α and the interval excludes 0,
 *    'not_significant' when p ≥ α and the interval includes 0, 'borderline'
 *    when they disagree; α matches z (0.05 for Z_95, see significanceLevel).
 *
 * Never judge a change by whether two bands overlap: 94% and 83% of 88 have
 * overlapping Wilson bands, yet the difference is significant.
 * Swapping the sides negates the difference, the interval and z, and leaves
 * the p-value and the verdict unchanged.
 *
 * Throws a RangeError when a proportion is outside [0, 1], or when a known
 * base is not a finite number > 0 (a base of 0 has no proportion to compare).
 *
 * @example compareProportions({ p1: 0.94, n1: 88, p2: 0.83, n2: 88 })
 * // { delta: 0.10999999999999999, interval: { low: 0.01473…, high: 0.20778… },
 * //   test: { z: 2.28717…, pValue: 0.02218… }, verdict: 'significant' }
 * @example compareProportions({ p1: 0.5, n1: null, p2: 0.4, n2: 1071 }).verdict // 'untestable'
 */
export function compareProportions(pair: ProportionPair, z = Z_95): ProportionComparison {
	const { p1, n1, p2, n2 } = pair;
	assertProportion(p1, 'p1');
	assertProportion(p2, 'p2');
	const delta = p1 - p2;
	if (n1 === null || n2 === null) {
		return { delta, interval: null, test: null, verdict: 'untestable' };
	}
	const interval = newcombeInterval(p1, n1, p2, n2, z);
	const test = twoProportionTest(p1, n1, p2, n2);
	if (n1 < MIN_TESTABLE_BASE || n2 < MIN_TESTABLE_BASE || test === null) {
		return { delta, interval, test, verdict: 'untestable' };
	}
	const testRejects = test.pValue < significanceLevel(z);
	const intervalExcludesZero = interval.low > 0 || interval.high < 0;
	let verdict: Verdict;
	if (testRejects && intervalExcludesZero) verdict = 'significant';
	else if (!testRejects && !intervalExcludesZero) verdict = 'not_significant';
	else verdict = 'borderline';
	return { delta, interval, test, verdict };
}
