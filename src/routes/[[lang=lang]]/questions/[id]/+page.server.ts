import { error } from '@sveltejs/kit';
import { figureTexts } from '$lib/charts/text/figureText';
import { langFromParam } from '$lib/i18n/lang';
import { loadDataset } from '$lib/server/loadDataset';
import { siteCatalog } from '$lib/server/siteCatalog';
import { questionPage } from '$lib/views/pages/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every question of the data has its page, in both languages, whether or not a page links to it. */
export const entries: EntryGenerator = async () => {
	const { dataset } = await loadDataset();
	return dataset.questions.flatMap((question) => [
		{ id: question.id },
		{ id: question.id, lang: 'en' }
	]);
};

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const page = questionPage(await siteCatalog(lang), params.id);
	if (!page) error(404, `No question "${params.id}"`);
	const texts = figureTexts(lang, { trends: [page.trend], bars: page.bars, dumbbells: page.gaps });
	return { ...page, texts, title: page.question.label };
};
