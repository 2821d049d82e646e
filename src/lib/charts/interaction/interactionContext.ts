/**
 * The context of an interactive chart: the ChartInteraction its points report to. A composition
 * (TrendChart, RankedBars, GapDumbbell) sets it; without it, points are drawn static.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { ChartInteraction } from './chartInteraction.svelte';

const key = Symbol('chart-interaction');

/** Shares a chart's interaction state with its layers. */
export function setInteractionContext(interaction: ChartInteraction): ChartInteraction {
	return setContext(key, interaction);
}

/** The interaction state of the enclosing chart; null when the chart is static. */
export function getInteractionContext(): ChartInteraction | null {
	return hasContext(key) ? getContext<ChartInteraction>(key) : null;
}
