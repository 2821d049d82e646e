import type { Catalog } from '../catalog';
import { dumbbellView } from '../charts/dumbbellView';
import { latestYear } from '../latestYear';
import { headlineViews } from './headlineViews';
import { rankedBarsView } from '../charts/rankedBarsView';
import { trendView } from '../charts/trendView';
import type { ChartView, DumbbellView, RankedBarsView, TrendView } from '../types';

/**
 * What each themed page draws, chosen here once so that the pages only lay out views.
 * The question and answer ids are the bundled data's (data/questions.csv, data/answers.csv);
 * a data folder without them gives pages with empty charts (no series, no bars, no rows), never a
 * failed build.
 */

/** The overview: the headline figures. */
export function overviewPage(catalog: Catalog) {
	return { headlines: headlineViews(catalog) };
}

/** Awareness: the public's awareness of the terms, 2012 to the latest wave. */
export function awarenessPage(catalog: Catalog) {
	return {
		trend: trendView(catalog, {
			id: 'awareness',
			questionId: 'awareness_terms',
			answerIds: ['sse', 'social_entrepreneurship'],
			populations: ['public']
		}),
		secondary: trendView(catalog, {
			id: 'awareness-entrepreneur',
			questionId: 'awareness_terms',
			answerIds: ['social_entrepreneur'],
			populations: ['public']
		})
	};
}

/** Obstacles: the entrepreneurs' obstacles to development and the public's barriers to starting. */
export function obstaclesPage(catalog: Catalog) {
	return {
		entrepreneurs: rankedBarsView(catalog, {
			id: 'obstacles',
			questionId: 'obstacles_development',
			population: 'entrepreneurs'
		}),
		public: rankedBarsView(catalog, {
			id: 'barriers',
			questionId: 'barriers_to_creation',
			population: 'public'
		})
	};
}

/** Tech for good: the perception gap between entrepreneurs and the public. */
export function techForGoodPage(catalog: Catalog) {
	return {
		domains: latestGaps(catalog, 'digital-domains', 'digital_useful_domains'),
		association: latestGaps(catalog, 'digital-association', 'digital_social_link')
	};
}

/** Every answer of a question at the latest year both samples were asked it; no rows when never. */
function latestGaps(catalog: Catalog, id: string, questionId: string) {
	const gaps = catalog.analysis.gaps.filter((gap) => gap.questionId === questionId);
	const year = latestYear(gaps);
	const order = catalog.answerIds(questionId);
	const rows = gaps
		.filter((gap) => gap.year === year)
		.sort((a, b) => order.indexOf(a.answerId) - order.indexOf(b.answerId))
		.map((gap) => ({ questionId, answerId: gap.answerId, year: gap.year }));
	return dumbbellView(catalog, { id, title: catalog.questionLabel(questionId), rows });
}

/** A question's own page: its trend for every population, the latest wave's answers, and the gaps. */
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
 * Every chart with something to draw on the themed pages and the question pages, by id: each has
 * an embed page (/embed/<id>/).
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
	const awareness = awarenessPage(catalog);
	const obstacles = obstaclesPage(catalog);
	const tech = techForGoodPage(catalog);
	return [
		...trend('/awareness', awareness.trend),
		...trend('/awareness', awareness.secondary),
		...bars('/obstacles', obstacles.entrepreneurs),
		...bars('/obstacles', obstacles.public),
		...gaps('/tech-for-good', tech.association),
		...gaps('/tech-for-good', tech.domains),
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
