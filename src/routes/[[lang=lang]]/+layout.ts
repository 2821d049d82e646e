import { langFromParam } from '$lib/i18n/lang';
import { loadDictionary } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

/** Every page is prerendered: the site is static files. */
export const prerender = true;
/** Every page is a folder with an index.html (`/en/awareness/`), which any static host serves. */
export const trailingSlash = 'always';

/**
 * The page's language, and its dictionary loaded before anything renders (`t` is synchronous):
 * the browser fetches this language's only; going to the other language runs this again. The
 * frame's words, theme pages and the site's address come from +layout.server.ts.
 */
export const load: LayoutLoad = async ({ params, data }) => {
	const lang = langFromParam(params.lang);
	await loadDictionary(lang);
	return { ...data, lang };
};
