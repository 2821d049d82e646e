import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { awarenessPage } from '$lib/views/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	return awarenessPage(await siteCatalog(lang));
};
