import { error } from '@sveltejs/kit';
import { figureTexts } from '$lib/charts/text/figureText';
import { defaultLang, langFromParam, languages } from '$lib/i18n/lang';
import { loadEveryDictionary } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { siteUrl } from '$lib/server/siteUrl';
import { siteCharts } from '$lib/views/pages/pages';
import { siteFrame } from '$lib/views/pages/siteFrame';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * A chart alone, for other sites' iframes: prerendered, and without JavaScript (csr = false): the
 * chart is the same SVG, its key a plain list. It skips the site's layout (+page@.svelte), so the
 * options the layout sets are set here too.
 */
export const prerender = true;
export const trailingSlash = 'always';
export const csr = false;

// Entries run before any request, outside the hook that loads the dictionaries: views need them.
export const entries: EntryGenerator = async () => {
	await loadEveryDictionary();
	const charts = siteCharts(await siteCatalog(defaultLang));
	return charts.flatMap(({ chart }) =>
		languages.map(({ prefix }) =>
			prefix === '' ? { id: chart.view.id } : { id: chart.view.id, lang: prefix }
		)
	);
};

export const load: PageServerLoad = async ({ params, locals }) => {
	const lang = langFromParam(params.lang);
	const catalog = await siteCatalog(lang);
	const found = siteCharts(catalog).find(({ chart }) => chart.view.id === params.id);
	if (!found) error(404, `No chart "${params.id}"`);
	// Its preview (src/hooks.server.ts) is its chart's page's.
	locals.socialImageOf = found.path;
	const { siteTitle, sourceLine } = siteFrame(catalog);
	const { chart } = found;
	const text = figureTexts(lang, {
		trends: [chart.kind === 'trend' ? chart.view : null],
		bars: [chart.kind === 'bars' ? chart.view : null],
		dumbbells: [chart.kind === 'gaps' ? chart.view : null]
	})[chart.view.id];
	return { lang, ...found, text, siteTitle, sourceLine, siteUrl: siteUrl(catalog) };
};
