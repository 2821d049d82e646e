/**
 * Critical values of the standard normal distribution for two-sided intervals,
 * written as constants rather than computed: simple-statistics' `probit(0.975)`
 * returns 1.95716, off by 2.8e-3 (see README.md, "Notation").
 */

/** z for a two-sided 90% interval, Φ⁻¹(0.95). @example Z_90 // 1.6448536269514722 */
export const Z_90 = 1.6448536269514722;

/** z for a two-sided 95% interval, Φ⁻¹(0.975). @example Z_95 // 1.959963984540054 */
export const Z_95 = 1.959963984540054;

/** z for a two-sided 99% interval, Φ⁻¹(0.995). @example Z_99 // 2.5758293035489004 */
export const Z_99 = 2.5758293035489004;

/** The confidence levels the barometer offers. */
export type Confidence = 0.9 | 0.95 | 0.99;

/**
 * The critical value z for a two-sided interval at the given confidence level.
 * Only the three levels the barometer offers are supported; any other value
 * (possible from untyped callers) throws a RangeError rather than guessing.
 *
 * @example criticalValue(0.95) // 1.959963984540054
 * @example criticalValue(0.9) // 1.6448536269514722
 */
export function criticalValue(confidence: Confidence): number {
	switch (confidence) {
		case 0.9:
			return Z_90;
		case 0.95:
			return Z_95;
		case 0.99:
			return Z_99;
		default:
			throw new RangeError(
				`criticalValue: unsupported confidence ${String(confidence)} (use 0.9, 0.95 or 0.99)`
			);
	}
}
