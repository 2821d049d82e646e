/**
 * SVG path data for lines and bands, straight segments between points, as d3-shape's line() and
 * area() with their default (linear) curve draw them; written here so chart pages do not ship
 * d3-shape and d3-path (about 5 KB gzip) for two loops.
 */

/** A point in viewBox units. */
export type XY = readonly [x: number, y: number];

/**
 * The path through the points, in order; '' for none.
 * @example linePath([[0, 10], [50, 20], [100, 5]]) // 'M0,10L50,20L100,5'
 */
export function linePath(points: readonly XY[]): string {
	return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
}

/**
 * The closed area between two edges sharing their x: along the top edge, back along the bottom.
 * Each point is [x, top y, bottom y]; '' for none.
 * @example areaPath([[0, 5, 15], [50, 10, 30]]) // 'M0,5L50,10L50,30L0,15Z'
 */
export function areaPath(
	points: readonly (readonly [x: number, y1: number, y0: number])[]
): string {
	if (points.length === 0) return '';
	const top = points.map(([x, y1]): XY => [x, y1]);
	const bottom = points.map(([x, , y0]): XY => [x, y0]).reverse();
	return `${linePath([...top, ...bottom])}Z`;
}
