/**
 * Keyboard moves between the points of a chart. The chart lays its focusable points out as a grid:
 * one row per series (trend: Left/Right along the years, Up/Down to the other series), or one row
 * per answer (bars: one point a row; dumbbell: both populations of an answer).
 */

/** A focusable point: its key and its position along its row (a year, a value, an index). */
export interface NavigationItem {
	key: string;
	position: number;
}

/** Rows of points, each in the order Left/Right walks them. */
export type NavigationGrid = readonly (readonly NavigationItem[])[];

/** The keys that move. */
export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const navigationKeys: ReadonlySet<string> = new Set([
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End'
]);

/**
 * Whether a keyboard key moves between points.
 * @example isNavigationKey('ArrowUp') // true
 * @example isNavigationKey('Enter') // false
 */
export function isNavigationKey(key: string): key is NavigationKey {
	return navigationKeys.has(key);
}

/** The item of a row nearest to a position; the first of equals. */
function nearest(row: readonly NavigationItem[], position: number): NavigationItem | undefined {
	let best: NavigationItem | undefined;
	for (const item of row) {
		if (
			best === undefined ||
			Math.abs(item.position - position) < Math.abs(best.position - position)
		)
			best = item;
	}
	return best;
}

/** The next non-empty row from `from`, stepping by `step`; -1 when none. */
function nextRow(grid: NavigationGrid, from: number, step: 1 | -1): number {
	for (let index = from + step; index >= 0 && index < grid.length; index += step) {
		if (grid[index].length > 0) return index;
	}
	return -1;
}

/**
 * The key focus moves to from `current` when `key` is pressed; null when it stays (an edge, or a
 * key not in the grid).
 * - Left/Right: the previous/next point of the row; in a row of one point (bars), the point of
 *   the previous/next row;
 * - Up/Down: the point of the previous/next row nearest in position;
 * - Home/End: the first/last point of the row.
 * @example nextKey([[{ key: 'a12', position: 2012 }, { key: 'a13', position: 2013 }],
 *   [{ key: 'b13', position: 2013 }]], 'a13', 'ArrowDown') // 'b13'
 */
export function nextKey(grid: NavigationGrid, current: string, key: NavigationKey): string | null {
	const rowIndex = grid.findIndex((row) => row.some((item) => item.key === current));
	if (rowIndex === -1) return null;
	const row = grid[rowIndex];
	const column = row.findIndex((item) => item.key === current);
	const item = row[column];
	switch (key) {
		case 'Home':
			return row[0].key === current ? null : row[0].key;
		case 'End':
			return row[row.length - 1].key === current ? null : row[row.length - 1].key;
		case 'ArrowLeft':
		case 'ArrowRight': {
			const step = key === 'ArrowRight' ? 1 : -1;
			if (row.length === 1) {
				const target = nextRow(grid, rowIndex, step);
				return target === -1 ? null : grid[target][step === 1 ? 0 : grid[target].length - 1].key;
			}
			return row[column + step]?.key ?? null;
		}
		case 'ArrowUp':
		case 'ArrowDown': {
			const target = nextRow(grid, rowIndex, key === 'ArrowDown' ? 1 : -1);
			return target === -1 ? null : (nearest(grid[target], item.position)?.key ?? null);
		}
	}
}

/**
 * The first key of a grid, where Tab enters the chart; null for an empty grid.
 * @example firstKey([[], [{ key: 'b', position: 0 }]]) // 'b'
 */
export function firstKey(grid: NavigationGrid): string | null {
	for (const row of grid) if (row.length > 0) return row[0].key;
	return null;
}

/**
 * Whether a grid holds a key.
 * @example hasKey([[{ key: 'a', position: 0 }]], 'a') // true
 */
export function hasKey(grid: NavigationGrid, key: string): boolean {
	return grid.some((row) => row.some((item) => item.key === key));
}
