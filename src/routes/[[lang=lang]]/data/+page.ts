import { langFromParam } from '$lib/i18n/lang';
import { loadDictionary } from '$lib/i18n/messages';
import type { PageLoad } from './$types';

/** The page's own words (the 'data' part of the dictionary), beside the site's. */
export const load: PageLoad = async ({ params, data }) => {
	await loadDictionary(langFromParam(params.lang), 'data');
	return data;
};
