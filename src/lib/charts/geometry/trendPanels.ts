/**
 * How a trend is split into panels so that none draws more than MAX_LINES lines. One population
 * with at most MAX_LINES answers: one panel, each answer in its own colour of the palette
 * (ANSWER_TONES) with its own dash and marker. More answers, or several populations: small
 * multiples, one panel per answer with the populations as colours (their tones), every panel on
 * the same scales. Subgroups (tone 'subgroup') are left out unless asked for; a trend of subgroups
 * only draws them.
 */
import type { AnswerTone, SeriesView, Tone, TrendView } from '../../views/types';
import { percentDomain } from '../frame/scales';
import { DASHES, MARKERS, seriesStyles, type SeriesStyle } from '../layers/seriesStyles';

/** The most lines a panel draws. */
export const MAX_LINES = 5;

/** The answers' colours in a panel of one population, in order (the Okabe–Ito palette, app.css). */
export const ANSWER_TONES: readonly AnswerTone[] = [
	'answer-1',
	'answer-2',
	'answer-3',
	'answer-4',
	'answer-5'
];

/** A population drawn in small multiples: the shared key's entry. */
export interface PanelPopulation {
	population: string;
	label: string;
	tone: Tone;
	style: SeriesStyle;
}

/** One panel: a trend of its own, on the shared years, with the style of each series. */
export interface TrendPanel {
	/** The answer the panel draws, as its heading; null when one panel draws every answer. */
	title: string | null;
	view: TrendView;
	styles: Map<string, SeriesStyle>;
}

export interface TrendPanels {
	/** 'answer': one panel, a colour per answer; 'population': a panel per answer, a colour per population. */
	colourBy: 'answer' | 'population';
	panels: TrendPanel[];
	/** The populations drawn, in order: the key shared by the panels when colourBy is 'population'. */
	populations: PanelPopulation[];
	/** The subgroups of the trend, drawn or not: what a reader can ask for. */
	subgroups: { population: string; label: string }[];
	/** The percent axis of every panel: it covers every series drawn, intervals included. */
	yDomain: [number, number];
}

/** The distinct values, in order of first appearance. */
function distinct<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/** Groups of at most `size`, in order. */
function chunks<T>(values: readonly T[], size: number): T[][] {
	const groups: T[][] = [];
	for (let start = 0; start < values.length; start += size)
		groups.push(values.slice(start, start + size));
	return groups;
}

/** A series in another colour, its points too (they carry their tone to the marks and the tooltip). */
function retoned(series: SeriesView, tone: Tone): SeriesView {
	return { ...series, tone, points: series.points.map((point) => ({ ...point, tone })) };
}

/**
 * The panels of a trend.
 * @example trendPanels(sixAnswersOfTwoPopulations).panels.length // 6, two lines each
 * @example trendPanels(threeAnswersOfThePublic).panels[0].view.series.map((s) => s.tone)
 * // ['answer-1', 'answer-2', 'answer-3']
 */
export function trendPanels(view: TrendView, options: { subgroups?: boolean } = {}): TrendPanels {
	const topLevel = view.series.filter((series) => series.tone !== 'subgroup');
	const drawn = options.subgroups || topLevel.length === 0 ? view.series : topLevel;
	const subgroups = distinct(
		view.series.filter((series) => series.tone === 'subgroup').map((series) => series.population)
	).map((population) => ({
		population,
		label: view.series.find((series) => series.population === population)!.populationLabel
	}));
	const yDomain = percentDomain(
		drawn.flatMap((series) => series.points.map((point) => point.ciHigh ?? point.value)),
		{ includeZero: true, step: 20 }
	);
	const populationIds = distinct(drawn.map((series) => series.population));
	const answers = distinct(drawn.map((series) => series.answerId));
	const styleOf = seriesStyles(
		populationIds.map((population) => ({
			key: population,
			tone: drawn.find((series) => series.population === population)!.tone
		}))
	);
	const populations = populationIds.map((population) => {
		const first = drawn.find((series) => series.population === population)!;
		return {
			population,
			label: first.populationLabel,
			tone: first.tone,
			style: styleOf.get(population)!
		};
	});

	if (populationIds.length === 1 && answers.length <= MAX_LINES) {
		const series = drawn.map((one, index) => retoned(one, ANSWER_TONES[index]));
		return {
			colourBy: 'answer',
			panels: [
				{
					title: null,
					view: { ...view, series },
					styles: new Map(
						series.map((one, index) => [one.key, { dash: DASHES[index], marker: MARKERS[index] }])
					)
				}
			],
			populations,
			subgroups,
			yDomain
		};
	}

	const panels = answers.flatMap((answerId) => {
		const ofAnswer = drawn.filter((series) => series.answerId === answerId);
		const groups = chunks(ofAnswer, MAX_LINES);
		return groups.map((series, index) => {
			const label = series[0].label;
			return {
				title: label,
				view: {
					...view,
					id: `${view.id}-${answerId}${groups.length > 1 ? `-${index + 1}` : ''}`,
					title: `${view.title} — ${label}`,
					series
				},
				styles: new Map(series.map((one) => [one.key, styleOf.get(one.population)!]))
			};
		});
	});
	return { colourBy: 'population', panels, populations, subgroups, yDomain };
}
