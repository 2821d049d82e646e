import { siteCatalog } from '$lib/server/siteCatalog';
import { siteFrame } from '$lib/views/pages/siteFrame';
import type { PageServerLoad } from './$types';

/** The site's title in French, the language of the page's <title>. */
export const load: PageServerLoad = async () => ({
	siteTitle: siteFrame(await siteCatalog('fr')).siteTitle
});
