/**
 * The words of figures around their charts: the description and the table. Pages compute them at
 * build time and pass them to the figures, so that the browser does not ship describe.ts and
 * tables.ts to hydrate text it already has; the explorer computes them for the states it draws.
 */
import type { Lang } from '../../i18n/lang';
import type { DumbbellView, RankedBarsView, TrendView } from '../../views/types';
import { describeDumbbell, describeRankedBars, describeTrend } from './describe';
import { dumbbellTable, rankedBarsTable, trendTable, type TableModel } from './tables';

/** What a figure says besides its chart. */
export interface FigureText {
	/** What the chart shows, in sentences. */
	description: string;
	/** The chart's numbers. */
	table: TableModel;
}

/** A page's views, by chart type; missing views (null) are skipped. */
export interface FigureViews {
	trends?: readonly (TrendView | null)[];
	bars?: readonly (RankedBarsView | null)[];
	dumbbells?: readonly (DumbbellView | null)[];
}

/**
 * The words of every view of a page, by view id.
 * @example figureTexts('fr', { trends: [view] })[view.id].description // 'De 2012 à 2017, …'
 */
export function figureTexts(lang: Lang, views: FigureViews): Record<string, FigureText> {
	const texts: Record<string, FigureText> = {};
	for (const view of views.trends ?? [])
		if (view)
			texts[view.id] = { description: describeTrend(lang, view), table: trendTable(lang, view) };
	for (const view of views.bars ?? [])
		if (view)
			texts[view.id] = {
				description: describeRankedBars(lang, view),
				table: rankedBarsTable(lang, view)
			};
	for (const view of views.dumbbells ?? [])
		if (view)
			texts[view.id] = {
				description: describeDumbbell(lang, view),
				table: dumbbellTable(lang, view)
			};
	return texts;
}
