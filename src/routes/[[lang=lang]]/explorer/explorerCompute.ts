/**
 * The explorer's views for any state, in the browser. The page imports this on the first state
 * other than the default one, whose views the build computed: the analysis is not part of the
 * JavaScript the page loads before any interaction.
 */
import { figureTexts, type FigureText } from '$lib/charts/text/figureText';
import { analyseDataset } from '$lib/analysis/analyseDataset';
import type { Dataset } from '$lib/data/types';
import type { Lang } from '$lib/i18n/lang';
import { catalog as makeCatalog, type Catalog } from '$lib/views/catalog';
import type { ExplorerState } from '$lib/views/explorer/explorerState';
import { explorerViews, type ExplorerViews } from '$lib/views/explorer/explorerViews';

/** The last catalog built: the records are analysed once a language, not once a state. */
let last: { dataset: Dataset; lang: Lang; catalog: Catalog } | null = null;

/** The views of a state and the words of its figures, by view id. */
export function viewsOf(
	dataset: Dataset,
	lang: Lang,
	selection: ExplorerState
): { views: ExplorerViews; texts: Record<string, FigureText> } {
	if (last?.dataset !== dataset || last.lang !== lang)
		last = { dataset, lang, catalog: makeCatalog(dataset, analyseDataset(dataset), lang) };
	const views = explorerViews(last.catalog, selection);
	return { views, texts: figureTexts(lang, { trends: [views.trend], bars: views.bars }) };
}
