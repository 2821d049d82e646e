import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/lang';

/**
 * Writes the page's language into `<html lang="%lang%">` (src/app.html): 'en' for pages under
 * /en/ (the `[[lang=lang]]` parameter), 'fr' for every other page. Runs at prerender, so the static
 * HTML carries the right language. The parameter is read rather than the pathname so that the
 * site's base path (`paths.base`) does not matter.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const param = event.params.lang;
	const lang = isLang(param) ? param : defaultLang;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
