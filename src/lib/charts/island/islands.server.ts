/**
 * The islands on the server. Pages import `#islands`, which package.json maps to this file by
 * default and to islands.client.ts under the "browser" condition: the server draws each chart in
 * full (ServerIsland), the browser loads a chart's code only when the reader reaches it
 * (ClientIsland), so no chart is in a page's initial JavaScript.
 */
import GapDumbbell from '../compositions/GapDumbbell.svelte';
import RankedBars from '../compositions/RankedBars.svelte';
import TrendChart from '../compositions/TrendChart.svelte';
import type { ChartKind, ExportChart } from './islandTypes';

export { default as ChartIsland } from './ServerIsland.svelte';

/** The component an export of a chart of this kind draws again. */
export async function loadExportChart(kind: ChartKind): Promise<ExportChart> {
	const charts = { trend: TrendChart, bars: RankedBars, gaps: GapDumbbell };
	return charts[kind] as ExportChart;
}
