/**
 * Throws a RangeError unless `n` is a finite number greater than 0.
 * `n` may be fractional: an effective n is the base divided by a design effect.
 *
 * @example assertSampleSize(88 / 1.3, 'n') // passes, returns undefined
 * @example assertSampleSize(0, 'n') // throws RangeError
 */
export function assertSampleSize(n: number, name: string): void {
	if (!Number.isFinite(n) || n <= 0) {
		throw new RangeError(`${name} must be a finite number greater than 0, got ${n}`);
	}
}
