import { langFromParam } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { obstaclesPage } from '$lib/views/pages/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	return { ...obstaclesPage(await siteCatalog(lang)), title: t(lang, 'nav.obstacles') };
};
