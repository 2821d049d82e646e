/**
 * The chart library: three compositions (TrendChart, RankedBars, GapDumbbell), the figure that
 * wraps any of them with its title, description and table (ChartFigure), and the pure functions
 * that give those words and tables. The layers (ChartFrame, AxisX, Band, Line, Points…) are
 * imported from their files when a new composition needs them.
 */
export { default as ChartFigure } from './ChartFigure.svelte';
export { default as GapDumbbell } from './GapDumbbell.svelte';
export { default as RankedBars } from './RankedBars.svelte';
export { default as TrendChart } from './TrendChart.svelte';
export {
	describeDumbbell,
	describeEstimate,
	describePoint,
	describeRankedBars,
	describeTrend
} from './describe';
export { dumbbellTable, rankedBarsTable, trendTable, type TableModel } from './tables';
export { tooltipLines } from './tooltipLines';
