import type { Handle } from '@sveltejs/kit';
import { defaultLang, langOfPrefix } from '$lib/i18n/lang';

/**
 * Writes the page's language into `<html lang="%lang%">` (src/app.html): the language whose prefix
 * is the `[[lang=lang]]` parameter, the default language for every other page. Runs at prerender,
 * so the static HTML carries the right language. The parameter is read rather than the pathname so
 * that the site's base path (`paths.base`) does not matter.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOfPrefix(event.params.lang) ?? defaultLang;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
