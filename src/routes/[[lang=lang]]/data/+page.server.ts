import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { dataTableView } from '$lib/views/data-page/dataTableView';
import type { PageServerLoad } from './$types';
import { t } from '$lib/i18n/messages';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const catalog = await siteCatalog(lang);
	return {
		title: t(lang, 'nav.data'),
		description: t(lang, 'data.description'),
		table: dataTableView(catalog)
	};
};
