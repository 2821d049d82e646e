import { Z_95 } from './criticalValue';
import type { Interval } from './interval';
import { wilsonInterval } from './wilsonInterval';

/**
 * Newcombe's hybrid score interval for the difference d = p̂₁ − p̂₂ of two
 * independent proportions (Newcombe 1998, method 10, no continuity
 * correction), built from the Wilson limits (l₁, u₁) and (l₂, u₂):
 *
 *   low  = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
 *   high = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 *
 * The interval always contains d, stays within [−1, 1], and is not zero-width
 * when both proportions are 0% or both 100% (unlike the z-test, it is defined
 * there). Swapping the sides negates it: newcombeInterval(p₂, n₂, p₁, n₁) is
 * { low: −high, high: −low }.
 *
 * Throws a RangeError for the inputs wilsonInterval rejects.
 *
 * @example newcombeInterval(0.94, 88, 0.83, 88) // { low: 0.01473…, high: 0.20778… }, [+1.5, +20.8] pts
 * @example newcombeInterval(0, 88, 0, 82) // { low: −0.04475…, high: 0.04183… }
 */
export function newcombeInterval(
	p1: number,
	n1: number,
	p2: number,
	n2: number,
	z = Z_95
): Interval {
	const first = wilsonInterval(p1, n1, z);
	const second = wilsonInterval(p2, n2, z);
	const difference = p1 - p2;
	// √(a² + b²) rather than Math.hypot: the terms are at most 1, so nothing can overflow, and
	// hypot is several times slower in V8 (this runs for every change and gap).
	const lowerReach = Math.sqrt((p1 - first.low) ** 2 + (second.high - p2) ** 2);
	const upperReach = Math.sqrt((first.high - p1) ** 2 + (p2 - second.low) ** 2);
	return { low: difference - lowerReach, high: difference + upperReach };
}
