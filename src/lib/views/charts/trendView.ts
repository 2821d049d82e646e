import type { Catalog } from '../catalog';
import { estimateView } from '../estimateView';
import type { MissingYear, SeriesView, TrendView } from '../types';

export interface TrendRequest {
	id: string;
	questionId: string;
	/** Answers to draw; all of the question's when omitted. */
	answerIds?: string[];
	/** Populations to draw; every population with figures when omitted. */
	populations?: string[];
	/** Overrides the question's label as the title. */
	title?: string;
}

/**
 * The trend of a question's answers, one series per answer and population, with every year of
 * the span on the axis and each year without a figure named, with its reason, so that a chart
 * can break its line there instead of drawing through the gap; the waves not comparable with the
 * one before (series breaks) are listed too, for the line is cut there as well. No series and no
 * years when nothing was published.
 *
 * @example
 * trendView(catalog, { id: 'sse', questionId: 'awareness_terms', answerIds: ['sse'], populations: ['public'] }).series[0].missing
 * // [{ year: 2014, reason: 'no_wave' }, { year: 2015, reason: 'not_published' }, { year: 2019, reason: 'no_wave' }]
 */
export function trendView(catalog: Catalog, request: TrendRequest): TrendView {
	const answerIds = request.answerIds ?? catalog.answerIds(request.questionId);
	const estimates = catalog.analysis.estimates.filter(
		(e) =>
			e.questionId === request.questionId &&
			answerIds.includes(e.answerId) &&
			(!request.populations || request.populations.includes(e.population))
	);
	const populations = request.populations ?? [...new Set(estimates.map((e) => e.population))];
	const series: SeriesView[] = [];
	for (const population of populations) {
		for (const answerId of answerIds) {
			const points = estimates
				.filter((e) => e.population === population && e.answerId === answerId)
				.sort((a, b) => a.year - b.year)
				.map((e) => estimateView(catalog, e));
			if (points.length === 0) continue;
			const missing: MissingYear[] = [];
			for (let year = points[0].year + 1; year < points[points.length - 1].year; year++) {
				if (points.some((p) => p.year === year)) continue;
				missing.push({
					year,
					reason: catalog.hasWave(year, population) ? 'not_published' : 'no_wave'
				});
			}
			const breaks = points.flatMap((point) =>
				point.change?.verdict === 'not_comparable'
					? [{ year: point.year, fromYear: point.change.fromYear }]
					: []
			);
			series.push({
				key: `${population}/${request.questionId}/${answerId}`,
				answerId,
				label: catalog.answerLabel(request.questionId, answerId),
				population,
				populationLabel: catalog.populationLabel(population),
				tone: catalog.tone(population),
				points,
				missing,
				breaks
			});
		}
	}
	const years: number[] = [];
	if (series.length > 0) {
		// Each series has at least one point, sorted by year.
		const first = Math.min(...series.map((s) => s.points[0].year));
		const last = Math.max(...series.map((s) => s.points[s.points.length - 1].year));
		for (let year = first; year <= last; year++) years.push(year);
	}
	return {
		id: request.id,
		title: request.title ?? catalog.questionLabel(request.questionId),
		years,
		series
	};
}
