import { error } from '@sveltejs/kit';
import { figureTexts } from '$lib/charts/text/figureText';
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
	const lang = langFromParam(params.lang);
	const page = themePage(await siteCatalog(lang), params.theme);
	if (!page) error(404, `No theme page "${params.theme}"`);
	const texts = figureTexts(lang, {
		trends: page.charts.map((chart) => (chart.kind === 'trend' ? chart.view : null)),
		bars: page.charts.map((chart) => (chart.kind === 'bars' ? chart.view : null)),
		dumbbells: page.charts.map((chart) => (chart.kind === 'gaps' ? chart.view : null))
	});
	return { page, texts, title: page.title };
};
