/**
 * The latest year of some records; null when there are none, so that a view without figures is
 * left out on purpose (`Math.max()` of nothing is −Infinity).
 *
 * @example latestYear([{ year: 2016 }, { year: 2020 }, { year: 2017 }]) // 2020
 * @example latestYear([]) // null
 */
export function latestYear(records: readonly { year: number }[]): number | null {
	let latest: number | null = null;
	for (const { year } of records) if (latest === null || year > latest) latest = year;
	return latest;
}
