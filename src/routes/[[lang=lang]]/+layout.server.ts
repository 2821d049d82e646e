import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { siteUrl } from '$lib/server/siteUrl';
import { siteFrame } from '$lib/views/pages/siteFrame';
import type { LayoutServerLoad } from './$types';

/** The frame's words and theme pages, and the site's address for the embed code (null: unknown). */
export const load: LayoutServerLoad = async ({ params }) => {
	const catalog = await siteCatalog(langFromParam(params.lang));
	return { ...siteFrame(catalog), siteUrl: siteUrl(catalog) };
};
