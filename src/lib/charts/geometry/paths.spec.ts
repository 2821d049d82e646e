import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from './paths';

describe('linePath', () => {
	it('joins the points with straight segments', () => {
		expect(
			linePath([
				[0, 10],
				[50, 20],
				[100, 5]
			])
		).toBe('M0,10L50,20L100,5');
	});

	it('is empty without points and a bare move for one', () => {
		expect(linePath([])).toBe('');
		expect(linePath([[3, 4]])).toBe('M3,4');
	});
});

describe('areaPath', () => {
	it('goes along the top edge, back along the bottom and closes', () => {
		expect(
			areaPath([
				[0, 5, 15],
				[50, 10, 30],
				[100, 0, 20]
			])
		).toBe('M0,5L50,10L100,0L100,20L50,30L0,15Z');
	});

	it('is empty without points', () => {
		expect(areaPath([])).toBe('');
	});
});
