import { describe, expect, it } from 'vitest';
import { freeRoom } from './freeRoom';

/** A band 10 tall around y = 50, starting at x = 100. */
const band = { from: 100, middle: 50, height: 10 };

describe('freeRoom', () => {
	it('runs to the limit when nothing is in the way', () => {
		expect(freeRoom(band, 'right', 400, [], [])).toBe(300);
		expect(freeRoom(band, 'left', 0, [], [])).toBe(100);
	});

	it('stops at a box across the band, and ignores one above, below or behind it', () => {
		const across = { left: 150, right: 160, top: 40, bottom: 60 };
		const above = { left: 120, right: 130, top: 20, bottom: 45 };
		const below = { left: 120, right: 130, top: 55, bottom: 80 };
		const behind = { left: 60, right: 90, top: 40, bottom: 60 };
		expect(freeRoom(band, 'right', 400, [across], [])).toBe(50);
		expect(freeRoom(band, 'right', 400, [above, below, behind], [])).toBe(300);
		// Written leftwards, the box behind is the one in the way.
		expect(freeRoom(band, 'left', 0, [behind, across], [])).toBe(10);
	});

	it('gives no room when a box covers where the text starts', () => {
		expect(freeRoom(band, 'right', 400, [{ left: 90, right: 110, top: 40, bottom: 60 }], [])).toBe(
			0
		);
	});

	it('stops where a sloping segment enters the band, whichever way it is drawn', () => {
		// From (200, 0) to (300, 100): inside the band (y 45 to 55) from x = 245.
		const segment = { x1: 200, y1: 0, x2: 300, y2: 100 };
		const reversed = { x1: 300, y1: 100, x2: 200, y2: 0 };
		expect(freeRoom(band, 'right', 400, [], [segment])).toBe(145);
		expect(freeRoom(band, 'right', 400, [], [reversed])).toBe(145);
	});

	it('stops at a flat segment inside the band, not at one outside it', () => {
		const inside = { x1: 180, y1: 52, x2: 260, y2: 52 };
		const outside = { x1: 120, y1: 70, x2: 260, y2: 70 };
		expect(freeRoom(band, 'right', 400, [], [inside, outside])).toBe(80);
	});

	it('measures leftwards as rightwards in a mirror', () => {
		expect(freeRoom(band, 'left', 0, [], [{ x1: 20, y1: 0, x2: 20, y2: 100 }])).toBe(80);
		expect(freeRoom(band, 'left', 10, [], [])).toBe(90);
	});
});
