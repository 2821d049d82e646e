import type { Dataset } from '../data/types';
import type { Lang } from '../i18n/lang';
import { catalog, type Catalog } from '../views/catalog';
import { loadDataset } from './loadDataset';
import { readSiteUrl } from './siteUrl';

const catalogs = new Map<Lang, Promise<Catalog>>();

/**
 * The dataset with the published site's address from `SITE_URL` when it is set: it overrides
 * site.csv's `url`, so a staging build can link to itself.
 *
 * @example
 * withSiteUrl(dataset, 'https://staging.example.org/').site.url // { fr: 'https://staging.example.org/', en: … }
 */
export function withSiteUrl(dataset: Dataset, url: string | undefined): Dataset {
	return url ? { ...dataset, site: { ...dataset.site, url: { fr: url, en: url } } } : dataset;
}

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
		entry = loadDataset().then(({ dataset, analysis }) =>
			catalog(withSiteUrl(dataset, readSiteUrl(process.env.SITE_URL) ?? undefined), analysis, lang)
		);
		catalogs.set(lang, entry);
	}
	return entry;
}
