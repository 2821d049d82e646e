/**
 * The context a chart's frame shares with its layers: the size of the drawing and its two scales.
 * ChartFrame sets it; axes, marks and labels read it, so a layer needs no size or scale props.
 */
import type { ScaleLinear } from 'd3-scale';
import { getContext, hasContext, setContext } from 'svelte';

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
	readonly x: ScaleLinear<number, number>;
	/** Data to vertical position: percentages (trends) or row positions (bars, dumbbells). */
	readonly y: ScaleLinear<number, number>;
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
