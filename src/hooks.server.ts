import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { siteAddress, socialImagePath, withSocialTags } from '$lib/exports/socialPreview';
import { defaultLang, langOfPrefix, localizedPath } from '$lib/i18n/lang';
import { loadEveryDictionary } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { siteUrl } from '$lib/server/siteUrl';
import { neutralPathOfRoute } from './routes/[[lang=lang]]/nav';

/**
 * Writes the page's language into `<html lang="%lang%">` (src/app.html): the language whose prefix
 * is the `[[lang=lang]]` parameter, the default language for every other page. Runs at prerender,
 * so the static HTML carries the right language. The parameter is read rather than the pathname so
 * that the site's base path (`paths.base`) does not matter.
 *
 * The pages of a language get their og and twitter tags here, in the HTML, rather than from a
 * component: they never change once rendered, so no JavaScript need carry them. A page's image is
 * its own, or that of the page `locals.socialImageOf` names (an embed page: its chart's page).
 *
 * First loads every dictionary: the server loads (+page.server.ts) call `t` before the
 * layout's `load` runs, and the server renders every language.
 */
export const handle: Handle = async ({ event, resolve }) => {
	await loadEveryDictionary();
	const lang = langOfPrefix(event.params.lang) ?? defaultLang;
	const social = event.route.id?.startsWith('/[[lang=lang]]')
		? siteUrl(await siteCatalog(lang))
		: undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			if (social === undefined) return page;
			const path = neutralPathOfRoute(event.route.id, event.params);
			return withSocialTags(page, {
				lang,
				url: siteAddress(social, base, localizedPath(lang, path)),
				image: siteAddress(social, base, socialImagePath(lang, event.locals.socialImageOf ?? path))
			});
		}
	});
};
