import { describe, expect, it } from 'vitest';
import { DASHES, MARKERS, markerPath, markerReach, seriesStyles, toneMarker } from './seriesStyles';

/** n series of a tone. */
function many(tone: string, count: number) {
	return Array.from({ length: count }, (_, index) => ({ key: `${tone}/${index}`, tone }));
}

describe('seriesStyles', () => {
	it('gives a lone series a solid line and a circle, as before', () => {
		expect(seriesStyles([{ key: 'a', tone: 'second' }]).get('a')).toEqual({
			dash: 'solid',
			marker: 'circle'
		});
	});

	it('gives each series of one tone its own dash and its own marker', () => {
		const styles = [...seriesStyles(many('second', 6)).values()];
		expect(new Set(styles.map((style) => style.dash)).size).toBe(6);
		expect(new Set(styles.map((style) => style.marker)).size).toBe(6);
		expect(styles.slice(0, 4)).toEqual([
			{ dash: 'solid', marker: 'circle' },
			{ dash: 'dashed', marker: 'square' },
			{ dash: 'dotted', marker: 'triangle' },
			{ dash: 'dash-dot', marker: 'diamond' }
		]);
	});

	it('keeps dash and marker together distinct past six series of a tone', () => {
		const styles = [...seriesStyles(many('second', 20)).values()];
		expect(new Set(styles.map((style) => `${style.dash}/${style.marker}`)).size).toBe(20);
	});

	it('counts each tone on its own, and never gives two tones the same dash and marker', () => {
		const series = [...many('second', 6), ...many('first', 3), ...many('subgroup', 2)];
		const styles = seriesStyles(series);
		expect(styles.get('first/0')).toEqual({ dash: 'solid', marker: 'square' });
		expect(styles.get('subgroup/0')).toEqual({ dash: 'solid', marker: 'triangle' });
		const pairs = series
			.map((one) => styles.get(one.key))
			.map((style) => `${style?.dash}/${style?.marker}`);
		expect(new Set(pairs).size).toBe(series.length);
	});

	it('does not depend on where the other tones come in the list', () => {
		const mixed = seriesStyles([
			{ key: 'e0', tone: 'first' },
			{ key: 'p0', tone: 'second' },
			{ key: 'e1', tone: 'first' }
		]);
		expect(mixed.get('p0')).toEqual({ dash: 'solid', marker: 'circle' });
		expect(mixed.get('e1')).toEqual({ dash: 'dashed', marker: 'triangle' });
	});
});

describe('toneMarker', () => {
	it('gives each population the marker of its first series', () => {
		expect(toneMarker('second')).toBe('circle');
		expect(toneMarker('first')).toBe('square');
		expect(toneMarker('subgroup')).toBe('triangle');
	});
});

describe('markerPath', () => {
	it('draws every marker as a closed path around the centre, within its reach', () => {
		for (const marker of MARKERS) {
			const path = markerPath(marker, 5);
			expect(path).toMatch(/^M.*Z$/);
			const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
			if (marker !== 'circle') {
				const coordinates = numbers.reduce<number[][]>(
					(pairs, value, index) =>
						index % 2 === 0 ? [...pairs, [value]] : (pairs[pairs.length - 1].push(value), pairs),
					[]
				);
				for (const [x, y] of coordinates)
					expect(Math.hypot(x, y)).toBeLessThanOrEqual(markerReach(marker, 5) + 0.05);
			}
		}
	});

	it('gives a square the area of the circle', () => {
		expect(markerPath('square', 5)).toBe('M-4.43,-4.43L4.43,-4.43L4.43,4.43L-4.43,4.43Z');
		expect(8.86 ** 2).toBeCloseTo(Math.PI * 25, 0);
	});

	it('has six dashes and six markers', () => {
		expect(DASHES.length).toBe(6);
		expect(MARKERS.length).toBe(6);
	});
});
