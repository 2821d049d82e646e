/**
 * Where a series' line and band break. A line is never drawn straight through a year without a
 * figure, nor across a series break: the points are split at every missing year and before every
 * wave not comparable with the previous one, and a band only joins points that both have an
 * interval.
 */

/**
 * Splits points at the missing years and before the breaks: each run holds consecutive points
 * with no missing year between any two of them, and no point of a run but its first is a break.
 * Points are sorted by year first; the input is not changed. A year that is neither a point nor
 * listed as missing (a year outside the axis) does not split.
 * @example splitAtMissingYears([{ year: 2012 }, { year: 2013 }, { year: 2016 }], [{ year: 2014 }])
 * // [[{ year: 2012 }, { year: 2013 }], [{ year: 2016 }]]
 * @example splitAtMissingYears([{ year: 2016 }, { year: 2017 }, { year: 2018 }], [], [{ year: 2017 }])
 * // [[{ year: 2016 }], [{ year: 2017 }, { year: 2018 }]]
 * @example splitAtMissingYears([], []) // []
 */
export function splitAtMissingYears<Point extends { year: number }>(
	points: readonly Point[],
	missing: readonly { year: number }[],
	breaks: readonly { year: number }[] = []
): Point[][] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const runs: Point[][] = [];
	let previous: Point | null = null;
	for (const point of sorted) {
		const before: Point | null = previous;
		const gapBetween =
			before !== null &&
			(missing.some(({ year }) => year > before.year && year < point.year) ||
				breaks.some(({ year }) => year === point.year));
		const current = runs[runs.length - 1];
		if (current === undefined || gapBetween) runs.push([point]);
		else current.push(point);
		previous = point;
	}
	return runs;
}

/**
 * Splits a run of points into stretches where every point has an interval (low and high not
 * null): a band is an area over a stretch of two points or more, a whisker over a lone point.
 * @example intervalRuns([{ ciLow: null, ciHigh: null }, { ciLow: 61, ciHigh: 67 }, { ciLow: 58, ciHigh: 64 }])
 * // [[{ ciLow: 61, ciHigh: 67 }, { ciLow: 58, ciHigh: 64 }]]
 */
export function intervalRuns<Point extends { ciLow: number | null; ciHigh: number | null }>(
	points: readonly Point[]
): WithInterval<Point>[][] {
	const runs: WithInterval<Point>[][] = [];
	let current: WithInterval<Point>[] = [];
	for (const point of points) {
		if (hasInterval(point)) {
			current.push(point);
		} else {
			if (current.length > 0) runs.push(current);
			current = [];
		}
	}
	if (current.length > 0) runs.push(current);
	return runs;
}

/** A point whose interval is known. */
export type WithInterval<Point> = Point & { ciLow: number; ciHigh: number };

/**
 * Whether a point's interval is known (n known).
 * @example hasInterval({ ciLow: 58, ciHigh: 64 }) // true
 * @example hasInterval({ ciLow: null, ciHigh: null }) // false
 */
export function hasInterval<Point extends { ciLow: number | null; ciHigh: number | null }>(
	point: Point
): point is WithInterval<Point> {
	return point.ciLow !== null && point.ciHigh !== null;
}
