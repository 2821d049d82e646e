import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { dataTableView } from '$lib/views/data-page/dataTableView';
import type { PageServerLoad } from './$types';
import { text } from './text';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const catalog = await siteCatalog(lang);
	return {
		title: text[lang].title,
		description: text[lang].description,
		table: dataTableView(catalog)
	};
};
