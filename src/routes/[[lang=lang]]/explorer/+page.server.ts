import { figureTexts } from '$lib/charts/text/figureText';
import { langFromParam } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import { siteCatalog } from '$lib/server/siteCatalog';
import { explorerData } from '$lib/views/explorer/explorerData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const data = explorerData(await siteCatalog(lang));
	const texts = data.initial
		? figureTexts(lang, { trends: [data.initial.trend], bars: data.initial.bars })
		: {};
	return { ...data, texts, title: t(lang, 'nav.explorer') };
};
