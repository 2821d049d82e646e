import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { siteFrame } from '$lib/views/pages/siteFrame';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params }) =>
	siteFrame(await siteCatalog(langFromParam(params.lang)));
