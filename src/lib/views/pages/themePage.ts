import { themeSlug } from '../../data/themeSlug';
import type { ChartSpec } from '../../data/types';
import type { Catalog } from '../catalog';
import { dumbbellView } from '../charts/dumbbellView';
import { rankedBarsView } from '../charts/rankedBarsView';
import { trendView } from '../charts/trendView';
import { latestYear } from '../latestYear';
import type { DumbbellView, RankedBarsView, TrendView } from '../types';

/** A theme page in the navigation: its language-neutral path and its name. */
export interface ThemeLink {
	theme: string;
	slug: string;
	path: string;
	label: string;
}

/** One chart of a theme page, with the sentence shown before it. */
export type ThemeChartView = { id: string; note: string | null } & (
	| { kind: 'trend'; view: TrendView }
	| { kind: 'bars'; view: RankedBarsView }
	| { kind: 'gaps'; view: DumbbellView }
);

export interface ThemePageView {
	theme: string;
	title: string;
	lead: string | null;
	charts: ThemeChartView[];
}

/**
 * The theme pages, in theme order: every theme with at least one chart in charts.csv.
 *
 * @example
 * themeLinks(catalog)[0] // { theme: 'awareness', slug: 'awareness', path: '/awareness', label: 'Notoriété' }
 */
export function themeLinks(catalog: Catalog): ThemeLink[] {
	return catalog.themes
		.filter((theme) => catalog.chartsOf(theme.id).length > 0)
		.map((theme) => ({
			theme: theme.id,
			slug: themeSlug(theme.id),
			path: `/${themeSlug(theme.id)}`,
			label: catalog.themeLabel(theme.id)
		}));
}

/**
 * Where a question is best read: the first theme page that charts it, else its own page.
 *
 * @example
 * questionPath(catalog, 'barriers_to_creation') // '/obstacles'
 * questionPath(catalog, 'hiring_plans')         // '/questions/hiring_plans'
 */
export function questionPath(catalog: Catalog, questionId: string): string {
	const page = themeLinks(catalog).find((link) =>
		catalog.chartsOf(link.theme).some((chart) => chart.questionId === questionId)
	);
	return page ? page.path : `/questions/${questionId}`;
}

/**
 * What a theme page draws: its title and lead, then each chart of charts.csv in order; a chart
 * with nothing to draw (no figure published) is left out. Null for a slug that is no theme page.
 *
 * @example
 * themePage(catalog, 'tech-for-good')?.charts.map((c) => [c.id, c.kind]) // [['digital-association', 'gaps'], ['digital-domains', 'gaps']]
 */
export function themePage(catalog: Catalog, slug: string): ThemePageView | null {
	const link = themeLinks(catalog).find((candidate) => candidate.slug === slug);
	if (!link) return null;
	return {
		theme: link.theme,
		title: link.label,
		lead: catalog.themeLead(link.theme),
		charts: catalog.chartsOf(link.theme).flatMap((chart) => {
			const view = chartView(catalog, chart);
			return view ? [view] : [];
		})
	};
}

/** The view of one chart of charts.csv; null when it has nothing to draw. */
export function chartView(catalog: Catalog, chart: ChartSpec): ThemeChartView | null {
	const title = catalog.chartTitle(chart);
	const note = catalog.chartNote(chart);
	const answerIds = chart.answerIds ?? undefined;
	const base = { id: chart.id, note };
	if (chart.kind === 'trend') {
		const view = trendView(catalog, {
			id: chart.id,
			questionId: chart.questionId,
			answerIds,
			populations: chart.populations ?? undefined,
			title
		});
		return view.series.length > 0 ? { ...base, kind: 'trend', view } : null;
	}
	if (chart.kind === 'bars') {
		const view = rankedBarsView(catalog, {
			id: chart.id,
			questionId: chart.questionId,
			population: chart.populations?.[0] ?? '',
			answerIds,
			year: chart.year ?? undefined,
			title
		});
		return view && view.bars.length > 0 ? { ...base, kind: 'bars', view } : null;
	}
	// A gap is always the earlier population minus the later, whatever order the row gives.
	const rank = (population: string) => catalog.analysis.populations.indexOf(population);
	const [a, b] = [...(chart.populations ?? catalog.analysis.populations.slice(0, 2))].sort(
		(x, y) => rank(x) - rank(y)
	);
	const gaps = catalog.analysis.gaps.filter(
		(gap) =>
			gap.questionId === chart.questionId &&
			gap.populationA === a &&
			gap.populationB === b &&
			(!answerIds || answerIds.includes(gap.answerId))
	);
	const year = chart.year ?? latestYear(gaps);
	const order = catalog.answerIds(chart.questionId);
	const view = dumbbellView(catalog, {
		id: chart.id,
		title,
		populations: [a, b],
		rows: gaps
			.filter((gap) => gap.year === year)
			.sort((x, y) => order.indexOf(x.answerId) - order.indexOf(y.answerId))
			.map((gap) => ({ questionId: chart.questionId, answerId: gap.answerId, year: gap.year }))
	});
	return view.rows.length > 0 ? { ...base, kind: 'gaps', view } : null;
}
