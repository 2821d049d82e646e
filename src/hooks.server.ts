import type { Handle } from '@sveltejs/kit';
import { defaultLang, langOfPrefix } from '$lib/i18n/lang';
import { loadEveryDictionary } from '$lib/i18n/messages';

/**
 * Writes the page's language into `<html lang="%lang%">` (src/app.html): the language whose prefix
 * is the `[[lang=lang]]` parameter, the default language for every other page. Runs at prerender,
 * so the static HTML carries the right language. The parameter is read rather than the pathname so
 * that the site's base path (`paths.base`) does not matter.
 *
 * First loads every dictionary: the server loads (+page.server.ts) call `t` before the
 * layout's `load` runs, and the server renders every language.
 */
export const handle: Handle = async ({ event, resolve }) => {
	await loadEveryDictionary();
	const lang = langOfPrefix(event.params.lang) ?? defaultLang;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
