/**
 * A closed interval [low, high] on the proportion scale (0..1), or on the
 * difference scale (−1..1) for a difference of two proportions.
 *
 * @example const band: Interval = { low: 0.39774, high: 0.60226 }; // Wilson, p = 0.5, n = 88
 */
export interface Interval {
	low: number;
	high: number;
}
