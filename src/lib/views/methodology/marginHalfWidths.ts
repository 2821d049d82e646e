import { Z_95 } from '../../stats/criticalValue';
import type { Interval } from '../../stats/interval';
import { waldInterval } from '../../stats/waldInterval';
import { wilsonInterval } from '../../stats/wilsonInterval';

/**
 * The 95 % margins of a sample of n, in percentage points, at the two proportions the polling
 * industry's margin table quotes: 5 % (the narrowest usual margin) and 50 % (the widest). Each is
 * the half-width (high − low) / 2 of the interval, computed from this n and never clamped to
 * the publisher's stated range.
 */
export interface MarginHalfWidths {
	/** Wilson score interval, the dashboard's band. */
	wilsonAt5: number;
	wilsonAt50: number;
	/** Wald interval, the pollsters' convention. */
	waldAt5: number;
	waldAt50: number;
}

function halfWidthInPoints({ low, high }: Interval): number {
	return ((high - low) / 2) * 100;
}

/**
 * The 95 % half-widths at p = 5 % and p = 50 % for a sample of n (an effective n may be
 * fractional). Throws a RangeError when n is not a finite number > 0, as the intervals do.
 * @example marginHalfWidths(88)
 * // { wilsonAt5: 4.8…, wilsonAt50: 10.22…, waldAt5: 4.553…, waldAt50: 10.446… }
 */
export function marginHalfWidths(n: number, z = Z_95): MarginHalfWidths {
	return {
		wilsonAt5: halfWidthInPoints(wilsonInterval(0.05, n, z)),
		wilsonAt50: halfWidthInPoints(wilsonInterval(0.5, n, z)),
		waldAt5: halfWidthInPoints(waldInterval(0.05, n, z)),
		waldAt50: halfWidthInPoints(waldInterval(0.5, n, z))
	};
}
