/**
 * The charts a page draws as islands, by name, with their props; and the chart component an
 * export draws again. Types only, shared by the server's and the browser's islands
 * (islands.server.ts, islands.client.ts).
 */
import type { Component, ComponentProps } from 'svelte';
import type GapDumbbell from '../compositions/GapDumbbell.svelte';
import type RankedBars from '../compositions/RankedBars.svelte';
import type TrendPanels from '../compositions/TrendPanels.svelte';
import type { Lang } from '../../i18n/lang';
import type { ChartView } from '../../views/types';

/** Each island's component. */
export interface Islands {
	trend: typeof TrendPanels;
	bars: typeof RankedBars;
	gaps: typeof GapDumbbell;
}

export type IslandName = keyof Islands;

/** What a page gives an island: which chart, and its props. */
export type ChartIslandProps = {
	[N in IslandName]: { name: N; props: ComponentProps<Islands[N]> };
}[IslandName];

/** A chart component as an export draws it: one view, one language. */
export type ExportChart = Component<{ view: never; lang: Lang }>;

export type ChartKind = ChartView['kind'];
