import { figureTexts } from '$lib/charts/text/figureText';
import { langFromParam } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { awarenessPage } from '$lib/views/pages/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const page = awarenessPage(await siteCatalog(lang));
	const texts = figureTexts(lang, { trends: [page.trend, page.secondary] });
	return { ...page, texts, title: t(lang, 'nav.awareness') };
};
