import { compareProportions } from '../stats/compareProportions';
import type { Comparison } from './types';

/**
 * Compares two independent percentages (percent units, n possibly unknown) and returns the
 * delta a − b in points with its Newcombe interval, the pooled z-test and the verdict.
 *
 * @example
 * comparePercents(94, 88, 83, 88) // { delta: 11, ciLow: 1.5…, ciHigh: 20.8…, z: 2.29…, pValue: 0.022…, verdict: 'significant' }
 */
export function comparePercents(
	pctA: number,
	nA: number | null,
	pctB: number,
	nB: number | null
): Comparison {
	const result = compareProportions({ p1: pctA / 100, n1: nA, p2: pctB / 100, n2: nB });
	return {
		delta: pctA - pctB,
		ciLow: result.interval ? result.interval.low * 100 : null,
		ciHigh: result.interval ? result.interval.high * 100 : null,
		z: result.test ? result.test.z : null,
		pValue: result.test ? result.test.pValue : null,
		verdict: result.verdict
	};
}
