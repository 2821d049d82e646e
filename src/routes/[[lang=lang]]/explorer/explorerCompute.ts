/**
 * The explorer's views for any state, in the browser. The page imports this on the first state
 * other than the default one, whose views the build computed: the analysis is not part of the
 * JavaScript the page loads before any interaction.
 */
import { analyseDataset } from '$lib/analysis/analyseDataset';
import type { Dataset } from '$lib/data/types';
import type { Lang } from '$lib/i18n/lang';
import { catalog as makeCatalog, type Catalog } from '$lib/views/catalog';
import type { ExplorerState } from '$lib/views/explorer/explorerState';
import { explorerViews, type ExplorerViews } from '$lib/views/explorer/explorerViews';

/** The last catalog built: the records are analysed once a language, not once a state. */
let last: { dataset: Dataset; lang: Lang; catalog: Catalog } | null = null;

export function viewsOf(dataset: Dataset, lang: Lang, selection: ExplorerState): ExplorerViews {
	if (last?.dataset !== dataset || last.lang !== lang)
		last = { dataset, lang, catalog: makeCatalog(dataset, analyseDataset(dataset), lang) };
	return explorerViews(last.catalog, selection);
}
