import { t } from '../../i18n/messages';
import type { Catalog } from '../catalog';
import { dumbbellView } from '../charts/dumbbellView';
import { headlineViews } from './headlineViews';
import { publishedChanges } from './publishedChanges';
import { rankedBarsView } from '../charts/rankedBarsView';
import { trendView } from '../charts/trendView';
import { overviewFindings } from '../../findings/overviewFindings';

/** The overview: the site's title and lead, then the headline figures (see headlineViews). */
export function overviewPage(catalog: Catalog) {
	return {
		heading: catalog.siteText('title') ?? t(catalog.lang, 'site.title'),
		lead: catalog.siteText('lead') ?? t(catalog.lang, 'site.lead'),
		headlines: headlineViews(catalog),
		findings: overviewFindings(catalog)
	};
}

/**
 * A question's own page: its trend for every population, the latest wave's answers, the gaps, and
 * the changes published without a level.
 */
export function questionPage(catalog: Catalog, questionId: string) {
	const question = catalog.question(questionId);
	if (!question) return null;
	const populations = [
		...new Set(
			catalog.analysis.estimates.filter((e) => e.questionId === questionId).map((e) => e.population)
		)
	];
	const gapYears = [
		...new Set(catalog.analysis.gaps.filter((g) => g.questionId === questionId).map((g) => g.year))
	].sort((a, b) => a - b);
	const order = catalog.answerIds(questionId);
	return {
		question: {
			id: question.id,
			kind: question.kind,
			theme: question.theme,
			label: catalog.questionLabel(question.id),
			note: catalog.questionNote(question.id)
		},
		trend: trendView(catalog, { id: `trend-${questionId}`, questionId }),
		changesOnly: publishedChanges(catalog, questionId),
		bars: populations.flatMap(
			(population) =>
				rankedBarsView(catalog, {
					id: `bars-${questionId}-${population}`,
					questionId,
					population
				}) ?? []
		),
		gaps: gapYears.map((year) =>
			dumbbellView(catalog, {
				id: `gaps-${questionId}-${year}`,
				title: `${catalog.questionLabel(questionId)} (${year})`,
				rows: catalog.analysis.gaps
					.filter((g) => g.questionId === questionId && g.year === year)
					.sort((a, b) => order.indexOf(a.answerId) - order.indexOf(b.answerId))
					.map((g) => ({ questionId, answerId: g.answerId, year }))
			})
		)
	};
}
