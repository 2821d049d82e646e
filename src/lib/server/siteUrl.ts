/**
 * The site's public address (scheme, host and any folder, ending with a slash), for the addresses
 * that must be absolute: og:url, og:image, the embed code. From SITE_URL; without it, null, and
 * the build warns once that the social previews get root-relative addresses.
 */

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

/** The build's site address (SITE_URL), warning once when there is none. */
export function siteUrl(): string | null {
	const url = readSiteUrl(process.env.SITE_URL);
	if (url === null && !warned) {
		warned = true;
		console.warn(
			'warning: SITE_URL is not set: og:url, og:image and embed codes use root-relative addresses (social networks need absolute ones)'
		);
	}
	return url;
}
