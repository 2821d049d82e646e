/**
 * How the series of one chart are told apart without colour (black & white print, colour vision
 * deficiencies, several series of one population): each gets a line dash pattern and a marker
 * shape, drawn the same way in the chart and in its key.
 *
 * The dash is counted within a population's tone: each population's first series is solid, its
 * second dashed, and so on. The marker is counted within the tone too, but each tone starts at a
 * different shape (the second population at the circle, the first at the square, subgroups at the
 * triangle), so that two populations' series never share both dash and marker: they stay distinct
 * in grey.
 */

/** The dash patterns, in the order series get them. The lengths are in Line.svelte and Legend.svelte. */
export const DASHES = [
	'solid',
	'dashed',
	'dotted',
	'dash-dot',
	'long-dash',
	'dash-dot-dot'
] as const;
export type Dash = (typeof DASHES)[number];

/** The marker shapes, in the order series get them. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type Marker = (typeof MARKERS)[number];

/** A series' dash pattern and marker shape. */
export interface SeriesStyle {
	dash: Dash;
	marker: Marker;
}

/** Where each tone starts in MARKERS. */
const toneOffset: Record<string, number> = { second: 0, first: 1, subgroup: 2 };

/**
 * The marker of a population's first series (and of its points in a dumbbell).
 * @example toneMarker('first') // 'square'
 */
export function toneMarker(tone: string): Marker {
	return MARKERS[(toneOffset[tone] ?? 0) % MARKERS.length];
}

/**
 * The style of each series of a chart, by key, from its rank among the series of its tone. Past
 * six series of a tone the dashes come round again, each time with the markers shifted by one,
 * so that dash and marker together stay distinct up to 36 series a tone.
 * @example seriesStyles([{ key: 'a', tone: 'second' }, { key: 'b', tone: 'second' }, { key: 'c', tone: 'first' }])
 * // Map { 'a' => { dash: 'solid', marker: 'circle' }, 'b' => { dash: 'dashed', marker: 'square' },
 * //       'c' => { dash: 'solid', marker: 'square' } }
 */
export function seriesStyles(
	series: readonly { key: string; tone: string }[]
): Map<string, SeriesStyle> {
	const counts = new Map<string, number>();
	return new Map(
		series.map((one) => {
			const rank = counts.get(one.tone) ?? 0;
			counts.set(one.tone, rank + 1);
			const round = Math.floor(rank / DASHES.length);
			const dash = DASHES[rank % DASHES.length];
			const marker = MARKERS[(rank + round + (toneOffset[one.tone] ?? 0)) % MARKERS.length];
			return [one.key, { dash, marker }];
		})
	);
}

/** Rounds to 2 decimals, for short and stable path strings. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** A closed path through the points. */
function polygon(points: readonly (readonly [number, number])[]): string {
	return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

/** The points of a regular shape: `count` vertices on a circle, the first straight up. */
function regular(count: number, radius: number, turn = 0): [number, number][] {
	return Array.from({ length: count }, (_, index) => {
		const angle = ((index + turn) / count) * 2 * Math.PI;
		return [radius * Math.sin(angle), -radius * Math.cos(angle)] as [number, number];
	});
}

/** How far a marker reaches from its centre, as a share of its radius (markerPath). */
const reach: Record<Marker, number> = {
	circle: 1,
	square: 1.25,
	triangle: 1.52,
	diamond: 1.3,
	cross: 1.27,
	star: 1.45
};

/**
 * How far a marker of this radius reaches from its centre: where a ring around it goes.
 * @example markerReach('square', 5) // 6.25
 */
export function markerReach(marker: Marker, radius: number): number {
	return round(reach[marker] * radius);
}

/**
 * The SVG path of a marker centred on (0, 0). `radius` is the circle's; the other shapes are
 * sized to about the same area, so that no series looks heavier than another.
 * @example markerPath('square', 5) // 'M-4.43,-4.43L4.43,-4.43L4.43,4.43L-4.43,4.43Z'
 */
export function markerPath(marker: Marker, radius: number): string {
	switch (marker) {
		case 'circle':
			return `M${round(-radius)},0a${round(radius)},${round(radius)} 0 1,0 ${round(2 * radius)},0a${round(radius)},${round(radius)} 0 1,0 ${round(-2 * radius)},0Z`;
		case 'square': {
			const half = radius * 0.886;
			return polygon([
				[-half, -half],
				[half, -half],
				[half, half],
				[-half, half]
			]);
		}
		case 'triangle': {
			// Equilateral, its centroid on the point; a little larger, as its corners are thin.
			const points = regular(3, radius * 1.45);
			return polygon(points.map(([x, y]) => [x, y + radius * 0.12]));
		}
		case 'diamond':
			return polygon(regular(4, radius * 1.3));
		case 'cross': {
			const arm = radius * 1.2;
			const half = radius * 0.42;
			return polygon([
				[-half, -arm],
				[half, -arm],
				[half, -half],
				[arm, -half],
				[arm, half],
				[half, half],
				[half, arm],
				[-half, arm],
				[-half, half],
				[-arm, half],
				[-arm, -half],
				[-half, -half]
			]);
		}
		case 'star': {
			const outer = regular(5, radius * 1.45);
			const inner = regular(5, radius * 0.62, 0.5);
			return polygon(outer.flatMap((point, index) => [point, inner[index]]));
		}
	}
}
