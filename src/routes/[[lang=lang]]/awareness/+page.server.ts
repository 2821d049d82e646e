import { langFromParam } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { awarenessPage } from '$lib/views/pages/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	return { ...awarenessPage(await siteCatalog(lang)), title: t(lang, 'nav.awareness') };
};
