import type { Lang } from '../i18n/lang';
import { catalog, type Catalog } from '../views/catalog';
import { loadDataset } from './loadDataset';

const catalogs = new Map<Lang, Promise<Catalog>>();

/**
 * The catalog of the build's data folder in one language, built once per build and shared by
 * every prerendered page of that language.
 *
 * @example
 * const fr = await siteCatalog('fr');
 */
export function siteCatalog(lang: Lang): Promise<Catalog> {
	let entry = catalogs.get(lang);
	if (!entry) {
		entry = loadDataset().then(({ dataset, analysis }) => catalog(dataset, analysis, lang));
		catalogs.set(lang, entry);
	}
	return entry;
}
