import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from './tooltipPlacement';

const size = { width: 480, height: 300 };

describe('tooltipPlacement', () => {
	it('puts the panel in the half away from the point', () => {
		expect(tooltipPlacement({ x: 400, y: 200 }, size).horizontal).toBe('left');
		expect(tooltipPlacement({ x: 60, y: 200 }, size).horizontal).toBe('right');
	});

	it('puts the panel at the bottom for a point in the upper part, at the top otherwise', () => {
		expect(tooltipPlacement({ x: 400, y: 50 }, size).vertical).toBe('bottom');
		expect(tooltipPlacement({ x: 400, y: 200 }, size).vertical).toBe('top');
	});

	it('treats the exact middle as the left half', () => {
		expect(tooltipPlacement({ x: 240, y: 150 }, size)).toEqual({
			horizontal: 'right',
			vertical: 'top'
		});
	});
});
