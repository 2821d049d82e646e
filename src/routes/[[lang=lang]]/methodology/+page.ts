import { langFromParam } from '$lib/i18n/lang';
import { loadDictionary } from '$lib/i18n/messages';
import type { PageLoad } from './$types';

/** The page's own words (the 'methodology' part of the dictionary), beside the site's. */
export const load: PageLoad = async ({ params, data }) => {
	await loadDictionary(langFromParam(params.lang), 'methodology');
	return data;
};
