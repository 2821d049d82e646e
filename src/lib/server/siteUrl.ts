/**
 * The site's public address (scheme, host and any folder, ending with a slash), for the addresses
 * that must be absolute: og:url, og:image, the embed code. site.csv's `url`, which `SITE_URL`
 * overrides (siteCatalog); without either, null, and the build warns once that the social
 * previews get root-relative addresses.
 */
import type { Catalog } from '../views/catalog';

let warned = false;

/**
 * The site's address from a SITE_URL value: an http(s) URL, ending with a slash; null when empty.
 * Anything else is an error naming the variable.
 * @example readSiteUrl('https://example.org/barometre') // 'https://example.org/barometre/'
 * @example readSiteUrl(undefined) // null
 */
export function readSiteUrl(value: string | undefined): string | null {
	const text = value?.trim() ?? '';
	if (text === '') return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`SITE_URL: "${text}" is not an absolute address (https://…)`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL: "${text}" must start with https:// or http://`);
	url.search = '';
	url.hash = '';
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The catalog's site address (site.csv's `url`, or SITE_URL), ending with a slash; null, with a
 * warning once, when there is none.
 * @example siteUrl(catalog) // 'https://example.org/barometre/'
 */
export function siteUrl(catalog: Catalog): string | null {
	const url = catalog.siteText('url');
	if (url !== null) return url.endsWith('/') ? url : `${url}/`;
	if (!warned) {
		warned = true;
		console.warn(
			"warning: neither site.csv's url nor SITE_URL is set: og:url, og:image and embed codes use root-relative addresses (social networks need absolute ones)"
		);
	}
	return null;
}
