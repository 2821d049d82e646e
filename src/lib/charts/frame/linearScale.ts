/**
 * A linear scale with rounded output, the only scale the charts use. d3-scale's scaleLinear would
 * bring d3-interpolate, d3-color and d3-format to every chart page (about 8 KB gzip) for this.
 */
import { ticks } from 'd3-array';

export interface LinearScale {
	/** The position of a value: unclamped, rounded to a whole unit. */
	(value: number): number;
	/** About `count` round values spanning the domain (d3-array's ticks). */
	ticks(count?: number): number[];
}

/**
 * Maps `domain` onto `range` linearly, rounding the result, as d3's
 * `scaleLinear().domain(domain).rangeRound(range)`. An empty domain maps every value to the
 * range's middle.
 * @example linearScale([0, 100], [200, 0])(25) // 150
 * @example linearScale([0, 100], [200, 0]).ticks(5) // [0, 20, 40, 60, 80, 100]
 */
export function linearScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const scale = (value: number) => {
		const t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
		return Math.round(r0 * (1 - t) + r1 * t);
	};
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	return scale;
}
