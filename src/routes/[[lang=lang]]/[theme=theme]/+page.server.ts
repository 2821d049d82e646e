import { error } from '@sveltejs/kit';
import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { themeLinks, themePage } from '$lib/views/pages/themePage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every theme page of the data, in both languages. */
export const entries: EntryGenerator = async () =>
	themeLinks(await siteCatalog('fr')).flatMap(({ slug }) => [
		{ theme: slug },
		{ theme: slug, lang: 'en' }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const page = themePage(await siteCatalog(langFromParam(params.lang)), params.theme);
	if (!page) error(404, `No theme page "${params.theme}"`);
	return { page, title: page.title };
};
