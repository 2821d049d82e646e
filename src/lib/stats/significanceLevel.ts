import { assertCriticalValue } from './assertCriticalValue';
import { Z_90, Z_95, Z_99 } from './criticalValue';
import { twoSidedPValue } from './twoSidedPValue';

/**
 * The two-sided significance level α that matches a critical value z, so
 * that a test at α and an interval at z speak of the same confidence: 0.1,
 * 0.05 and 0.01 exactly for Z_90, Z_95 and Z_99, otherwise erfc(z/√2)
 * (accurate to about 4.4e-8, see twoSidedPValue).
 *
 * Throws a RangeError when z is not a finite number > 0.
 *
 * @example significanceLevel(Z_95) // 0.05
 * @example significanceLevel(3) // 0.0026997…
 */
export function significanceLevel(z: number): number {
	assertCriticalValue(z);
	if (z === Z_90) return 0.1;
	if (z === Z_95) return 0.05;
	if (z === Z_99) return 0.01;
	return twoSidedPValue(z);
}
