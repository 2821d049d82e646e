/**
 * Throws a RangeError unless the critical value `z` is a finite number
 * greater than 0 (a zero or negative z gives no interval at all).
 *
 * @example assertCriticalValue(1.959963984540054) // passes, returns undefined
 * @example assertCriticalValue(-1.96) // throws RangeError
 */
export function assertCriticalValue(z: number): void {
	if (!Number.isFinite(z) || z <= 0) {
		throw new RangeError(`critical value z must be a finite number greater than 0, got ${z}`);
	}
}
