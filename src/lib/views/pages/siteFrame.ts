import { t } from '../../i18n/messages';
import type { Catalog } from '../catalog';
import { themeLinks } from './themePage';

/** What every page's frame shows: the site's words and the theme pages for the navigation. */
export interface SiteFrameView {
	siteTitle: string;
	siteDescription: string;
	sourceLine: string;
	themePages: { path: string; label: string }[];
}

/**
 * The frame's words from site.csv, the dictionary's neutral ones for an absent key.
 *
 * @example
 * siteFrame(catalog) // { siteTitle: "Baromètre de l'entrepreneuriat social", themePages: [{ path: '/awareness', label: 'Notoriété' }, …], … }
 */
export function siteFrame(catalog: Catalog): SiteFrameView {
	const { lang } = catalog;
	return {
		siteTitle: catalog.siteText('title') ?? t(lang, 'site.title'),
		siteDescription: catalog.siteText('description') ?? t(lang, 'site.description'),
		sourceLine: catalog.siteText('source_line') ?? t(lang, 'site.source'),
		themePages: themeLinks(catalog).map(({ path, label }) => ({ path, label }))
	};
}
