import { parseMethodology } from '$lib/data/files/parseMethodology';
import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { comparisonSummary } from '$lib/views/methodology/comparisonSummary';
import { notedFigureGroups } from '$lib/views/methodology/notedFigures';
import { methodologyText, textWithLinks } from '$lib/views/methodology/methodologyText';
import { datasetSourceTexts, sourceList } from '$lib/views/methodology/sourceList';
import { waveMethodViews } from '$lib/views/methodology/waveMethodViews';
import { siteFrame } from '$lib/views/pages/siteFrame';
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
		sources: sourceList(datasetSourceTexts(catalog.dataset)),
		about: methodologyText(catalog.methodology),
		citeAs: catalog.siteText('cite_as') ?? siteFrame(catalog).siteTitle,
		licence: parseMethodology(catalog.siteText('licence') ?? '').flatMap((block) =>
			block.kind === 'paragraph' ? [textWithLinks(block.parts)] : []
		)
	};
};
