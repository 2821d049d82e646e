import type { Catalog } from '../catalog';
import { rankedBarsView } from '../charts/rankedBarsView';
import { trendView } from '../charts/trendView';
import { publishedChanges, type PublishedChangeView } from '../pages/publishedChanges';
import type { RankedBarsView, TrendView } from '../types';
import type { ExplorerState } from './explorerState';
import { compareWaves, type WaveComparisonRow } from './waveComparison';

/** What the explorer draws for one state. */
export interface ExplorerViews {
	/** The state these views show. */
	selection: ExplorerState;
	trend: TrendView;
	/** The changes published without a level, of the populations drawn. */
	changesOnly: PublishedChangeView[];
	/** The answers at the later wave, a chart a population. */
	bars: RankedBarsView[];
	comparison: WaveComparisonRow[];
}

/**
 * The explorer's trend, answer bars and wave comparison for a state. The build computes them for
 * the default state; the browser, for any other.
 *
 * @example
 * explorerViews(catalog, { question: 'awareness_terms', populations: ['public'], from: 2013, to: 2020 }).comparison[0]
 * // { label: 'Économie sociale et solidaire (ESS)', from: { value: 64 }, to: { value: 47 }, … }
 */
export function explorerViews(catalog: Catalog, selection: ExplorerState): ExplorerViews {
	const { question, populations, from, to } = selection;
	return {
		selection,
		trend: trendView(catalog, { id: 'explorer-trend', questionId: question, populations }),
		changesOnly: publishedChanges(catalog, question).filter((change) =>
			populations.includes(change.population)
		),
		bars: populations.flatMap(
			(population) =>
				rankedBarsView(catalog, {
					id: `explorer-bars-${population}`,
					questionId: question,
					population,
					year: to
				}) ?? []
		),
		comparison: compareWaves(catalog, question, populations, from, to)
	};
}
