/**
 * The islands in the browser (see islands.server.ts): each chart's code is loaded on first use.
 */
import type { Component } from 'svelte';
import type { ChartIslandProps, ChartKind, ExportChart, IslandName, Islands } from './islandTypes';

export { default as ChartIsland } from './ClientIsland.svelte';

const islands: { [N in IslandName]: () => Promise<{ default: Islands[N] }> } = {
	trend: () => import('../compositions/TrendPanels.svelte'),
	bars: () => import('../compositions/RankedBars.svelte'),
	gaps: () => import('../compositions/GapDumbbell.svelte')
};

/** An island's component, loaded on first use, for the props it is given with its name. */
export async function loadIsland(name: IslandName): Promise<Component<ChartIslandProps['props']>> {
	return (await islands[name]()).default as Component<ChartIslandProps['props']>;
}

const exportCharts: { [K in ChartKind]: () => Promise<{ default: unknown }> } = {
	trend: () => import('../compositions/TrendChart.svelte'),
	bars: () => import('../compositions/RankedBars.svelte'),
	gaps: () => import('../compositions/GapDumbbell.svelte')
};

/** The component an export of a chart of this kind draws again, loaded on first use. */
export async function loadExportChart(kind: ChartKind): Promise<ExportChart> {
	return (await exportCharts[kind]()).default as ExportChart;
}
