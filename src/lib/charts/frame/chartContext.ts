/**
 * The context a chart's frame shares with its layers: the size of the drawing and its two scales.
 * ChartFrame sets it; axes, marks and labels read it, so a layer needs no size or scale props.
 */
import { getContext, hasContext, setContext } from 'svelte';
import { linearScale, type LinearScale } from './linearScale';

/** Room around the plotting area, in viewBox units. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartContext {
	/** The viewBox's width and height. */
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	/** The plotting area: the viewBox less the margins. Layers draw from (0, 0) to here. */
	readonly innerWidth: number;
	readonly innerHeight: number;
	/** Data to horizontal position in the plotting area: years (trends) or percentages (rows). */
	readonly x: LinearScale;
	/** Data to vertical position: percentages (trends) or row positions (bars, dumbbells). */
	readonly y: LinearScale;
}

/** The plotting area and scales of a chart, from its size, margins and domains. */
export type FrameScales = Pick<ChartContext, 'innerWidth' | 'innerHeight' | 'x' | 'y'>;

/**
 * The plotting area and the two scales ChartFrame shares, computed the same way for a chart
 * that lays out something outside its frame (TrendChart's key). Positions are rounded to whole
 * viewBox units (at most 0.75 px off at the widest): short, stable SVG.
 * @param yDirection 'up': the domain's start at the bottom (values); 'down': at the top (rows).
 */
export function frameScales(
	width: number,
	height: number,
	margin: Margin,
	xDomain: [number, number],
	yDomain: [number, number],
	yDirection: 'up' | 'down' = 'up'
): FrameScales {
	const innerWidth = Math.max(0, width - margin.left - margin.right);
	const innerHeight = Math.max(0, height - margin.top - margin.bottom);
	return {
		innerWidth,
		innerHeight,
		x: linearScale(xDomain, [0, innerWidth]),
		y: linearScale(yDomain, yDirection === 'up' ? [innerHeight, 0] : [0, innerHeight])
	};
}

const key = Symbol('chart');

/** Shares a chart's context with its layers (ChartFrame does this). */
export function setChartContext(context: ChartContext): ChartContext {
	return setContext(key, context);
}

/** The context of the enclosing ChartFrame; throws when a layer is used outside one. */
export function getChartContext(): ChartContext {
	if (!hasContext(key)) throw new Error('A chart layer must be placed inside a ChartFrame.');
	return getContext<ChartContext>(key);
}
