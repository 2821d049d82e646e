import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { comparisonSummary } from '$lib/views/methodology/comparisonSummary';
import { notedFigureGroups } from '$lib/views/methodology/notedFigures';
import { datasetSourceTexts, sourceList } from '$lib/views/methodology/sourceList';
import { waveMethodViews } from '$lib/views/methodology/waveMethodViews';
import type { PageServerLoad } from './$types';
import { t } from '$lib/i18n/messages';

export const load: PageServerLoad = async ({ params }) => {
	const lang = langFromParam(params.lang);
	const catalog = await siteCatalog(lang);
	return {
		title: t(lang, 'nav.methodology'),
		description: t(lang, 'methodology.description'),
		waves: waveMethodViews(catalog),
		comparisons: comparisonSummary(catalog.analysis),
		notedGroups: notedFigureGroups(catalog),
		sources: sourceList(datasetSourceTexts(catalog.dataset))
	};
};
