import { describe, expect, it } from 'vitest';
import { firstKey, hasKey, isNavigationKey, nextKey, type NavigationGrid } from './navigation';

/** Two series of a trend: public 2012, 2013, 2016; entrepreneurs 2013, 2017. */
const trend: NavigationGrid = [
	[
		{ key: 'p12', position: 2012 },
		{ key: 'p13', position: 2013 },
		{ key: 'p16', position: 2016 }
	],
	[
		{ key: 'e13', position: 2013 },
		{ key: 'e17', position: 2017 }
	]
];

/** Bars: one point a row. */
const bars: NavigationGrid = [
	[{ key: 'a', position: 0 }],
	[{ key: 'b', position: 1 }],
	[{ key: 'c', position: 2 }]
];

describe('nextKey', () => {
	it('moves right and left along a series', () => {
		expect(nextKey(trend, 'p12', 'ArrowRight')).toBe('p13');
		expect(nextKey(trend, 'p13', 'ArrowLeft')).toBe('p12');
	});

	it('stays at the ends of a series', () => {
		expect(nextKey(trend, 'p16', 'ArrowRight')).toBeNull();
		expect(nextKey(trend, 'p12', 'ArrowLeft')).toBeNull();
	});

	it('moves down and up to the nearest year of the other series', () => {
		expect(nextKey(trend, 'p13', 'ArrowDown')).toBe('e13');
		expect(nextKey(trend, 'p16', 'ArrowDown')).toBe('e17');
		expect(nextKey(trend, 'e17', 'ArrowUp')).toBe('p16');
		expect(nextKey(trend, 'e13', 'ArrowDown')).toBeNull();
	});

	it('takes the first of two points equally near', () => {
		const grid: NavigationGrid = [
			[{ key: 'x', position: 2 }],
			[
				{ key: 'y', position: 1 },
				{ key: 'z', position: 3 }
			]
		];
		expect(nextKey(grid, 'x', 'ArrowDown')).toBe('y');
	});

	it('jumps to the first and last point of a series', () => {
		expect(nextKey(trend, 'p13', 'Home')).toBe('p12');
		expect(nextKey(trend, 'p13', 'End')).toBe('p16');
		expect(nextKey(trend, 'p12', 'Home')).toBeNull();
	});

	it('moves between rows of one point with every arrow', () => {
		expect(nextKey(bars, 'a', 'ArrowDown')).toBe('b');
		expect(nextKey(bars, 'a', 'ArrowRight')).toBe('b');
		expect(nextKey(bars, 'c', 'ArrowLeft')).toBe('b');
		expect(nextKey(bars, 'c', 'ArrowDown')).toBeNull();
	});

	it('skips empty rows (hidden series)', () => {
		const grid: NavigationGrid = [[{ key: 'a', position: 0 }], [], [{ key: 'c', position: 0 }]];
		expect(nextKey(grid, 'a', 'ArrowDown')).toBe('c');
		expect(nextKey(grid, 'c', 'ArrowUp')).toBe('a');
	});

	it('gives null for a key not in the grid', () => {
		expect(nextKey(trend, 'nowhere', 'ArrowRight')).toBeNull();
	});
});

describe('isNavigationKey', () => {
	it('knows the arrows, Home and End', () => {
		expect(
			['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].every(isNavigationKey)
		).toBe(true);
		expect(isNavigationKey('Enter')).toBe(false);
		expect(isNavigationKey('Tab')).toBe(false);
	});
});

describe('firstKey', () => {
	it('gives the first point of the first non-empty row', () => {
		expect(firstKey(trend)).toBe('p12');
		expect(firstKey([[], [{ key: 'b', position: 0 }]])).toBe('b');
	});

	it('gives null for an empty grid', () => {
		expect(firstKey([])).toBeNull();
	});
});

describe('hasKey', () => {
	it('finds a key in any row', () => {
		expect(hasKey(trend, 'e17')).toBe(true);
		expect(hasKey(trend, 'x')).toBe(false);
	});
});
