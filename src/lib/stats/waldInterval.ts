import { assertCriticalValue } from './assertCriticalValue';
import { assertProportion } from './assertProportion';
import { assertSampleSize } from './assertSampleSize';
import { Z_95 } from './criticalValue';
import type { Interval } from './interval';

/**
 * The Wald interval p̂ ± z·√(p̂(1−p̂)/n), "the pollsters' convention", clipped
 * to [0, 1] (as statsmodels' `proportion_confint(method='normal')` does).
 *
 * Offered as an option beside the Wilson interval, which is the default: the
 * Wald interval is symmetric, collapses to zero width at 0% and 100%
 * (waldInterval(0, n) is { low: 0, high: 0 } for every n), and is too narrow
 * for proportions near the ends.
 *
 * Throws a RangeError when `proportion` is outside [0, 1] or not finite, when
 * `n` is not a finite number > 0, or when `z` is not a finite number > 0.
 *
 * @example waldInterval(0.5, 88) // { low: 0.39553…, high: 0.60447… }, ±10.45 pts
 * @example waldInterval(0.5, 1071) // { low: 0.47005…, high: 0.52995… }, ±2.99 pts
 * @example waldInterval(0.01, 88) // { low: 0, high: 0.03079… }, clipped at 0
 */
export function waldInterval(proportion: number, n: number, z = Z_95): Interval {
	assertProportion(proportion, 'proportion');
	assertSampleSize(n, 'n');
	assertCriticalValue(z);
	const halfWidth = z * Math.sqrt((proportion * (1 - proportion)) / n);
	return {
		low: Math.max(0, proportion - halfWidth),
		high: Math.min(1, proportion + halfWidth)
	};
}
