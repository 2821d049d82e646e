import { t } from '../../i18n/messages';
import type { Catalog } from '../catalog';
import { dumbbellView } from '../charts/dumbbellView';
import { headlineViews } from './headlineViews';
import { publishedChanges } from './publishedChanges';
import { themeLinks, themePage } from './themePage';
import { rankedBarsView } from '../charts/rankedBarsView';
import { trendView } from '../charts/trendView';
import { overviewFindings } from '../../findings/overviewFindings';
import type { ChartView, DumbbellView, RankedBarsView, TrendView } from '../types';

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

/** A chart drawn on a page, with the page's language-neutral path: what an embed page shows. */
export interface PageChart {
	path: string;
	chart: ChartView;
}

/**
 * Every chart with something to draw on the theme pages (charts.csv, by its chart_id) and the
 * question pages: each has an embed page (/embed/<id>/).
 *
 * @example
 * siteCharts(catalog).slice(0, 2).map((entry) => [entry.path, entry.chart.view.id]) // [['/awareness', 'awareness'], ['/awareness', 'awareness-entrepreneur']]
 */
export function siteCharts(catalog: Catalog): PageChart[] {
	const trend = (path: string, view: TrendView): PageChart[] =>
		view.series.some((series) => series.points.length > 0)
			? [{ path, chart: { kind: 'trend', view } }]
			: [];
	const bars = (path: string, view: RankedBarsView | null): PageChart[] =>
		view !== null && view.bars.length > 0 ? [{ path, chart: { kind: 'bars', view } }] : [];
	const gaps = (path: string, view: DumbbellView): PageChart[] =>
		view.rows.length > 0 ? [{ path, chart: { kind: 'gaps', view } }] : [];
	return [
		...themeLinks(catalog).flatMap(
			(link) =>
				themePage(catalog, link.slug)?.charts.flatMap((chart): PageChart[] =>
					chart.kind === 'trend'
						? trend(link.path, chart.view)
						: chart.kind === 'bars'
							? bars(link.path, chart.view)
							: gaps(link.path, chart.view)
				) ?? []
		),
		...catalog.dataset.questions.flatMap((question) => {
			const page = questionPage(catalog, question.id);
			if (page === null) return [];
			const path = `/questions/${question.id}`;
			return [
				...trend(path, page.trend),
				...page.bars.flatMap((view) => bars(path, view)),
				...page.gaps.flatMap((view) => gaps(path, view))
			];
		})
	];
}
