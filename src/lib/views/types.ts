/**
 * View models: what charts, tables and texts receive. Numbers are in percent units with their
 * interval and verdict already computed; labels are already in the page's language. Charts
 * compute nothing statistical. Built by the pure functions of this folder, at build time.
 */
import type { ChangeVerdict } from '../analysis/types';
import type { Verdict } from '../stats/verdict';

export type { ChangeVerdict, Verdict };

/** How a population is drawn: two colour-blind-safe hues and a third for subgroups. */
export type PopulationTone = 'first' | 'second' | 'subgroup';

/** In a chart of one population's answers, each answer's colour, in the palette's order. */
export type AnswerTone = 'answer-1' | 'answer-2' | 'answer-3' | 'answer-4' | 'answer-5';

export type Tone = PopulationTone | AnswerTone;

/** A change against an earlier wave, or a gap between populations, in points. */
export interface DifferenceView {
	/** The earlier wave, for a change; null for a gap. */
	fromYear: number | null;
	/** Later minus earlier for a change, a − b for a gap. */
	delta: number;
	/** Newcombe 95 % interval; null when an n is unknown. */
	ciLow: number | null;
	ciHigh: number | null;
	pValue: number | null;
	verdict: Verdict;
}

/** A change across a series break: the two waves are not compared, and nothing stands in. */
export interface NotComparableView {
	/** The earlier wave, which the break separates from this one. */
	fromYear: number;
	delta: null;
	ciLow: null;
	ciHigh: null;
	pValue: null;
	verdict: 'not_comparable';
	/** Why, in the page's language; null when the data does not say. */
	note: string | null;
}

/** What a figure says against the previous wave: a tested change, or none across a break. */
export type ChangeView = DifferenceView | NotComparableView;

/** One percentage with everything a tooltip, a table row or a sentence says about it. */
export interface EstimateView {
	/** Stable id, unique in the page: `population/question/answer/year`. */
	key: string;
	year: number;
	population: string;
	populationLabel: string;
	tone: Tone;
	/** The answer's label in the page's language (that year's wording when it differs). */
	label: string;
	value: number;
	/** Wilson 95 % interval; null when n is unknown. */
	ciLow: number | null;
	ciHigh: number | null;
	/** Respondents; null when unknown. */
	base: number | null;
	/** The wave's sample size stands in for the base. */
	baseAssumed: boolean;
	/** Base under 30: flagged; under 20: no verdict. */
	smallBase: boolean;
	derived: boolean;
	approximate: boolean;
	/** Against the previous wave that has the figure; null for the first. */
	change: ChangeView | null;
	note: string | null;
	source: string | null;
}

/** A year with no figure between two that have one: drawn as a break, with its reason. */
export interface MissingYear {
	year: number;
	/** 'no_wave': no wave of this population was published that year; 'not_published': a wave was, this figure was not. */
	reason: 'no_wave' | 'not_published';
}

/** One line of a trend chart: an answer of a question for one population. */
export interface SeriesView {
	key: string;
	/** The answer's id: the series of one answer, one per population, share it. */
	answerId: string;
	label: string;
	population: string;
	populationLabel: string;
	tone: Tone;
	points: EstimateView[];
	/** Years inside the series' span without a figure. */
	missing: MissingYear[];
	/** The years whose figure is not comparable with the one before: the line is cut before them. */
	breaks: SeriesBreak[];
}

/** A wave not comparable with the previous one that has the figure (wording, category or method changed). */
export interface SeriesBreak {
	year: number;
	/** The previous wave with the figure. */
	fromYear: number;
}

export interface TrendView {
	id: string;
	title: string;
	/** Every year of the x axis, first to last, including years without figures. */
	years: number[];
	series: SeriesView[];
}

/** Ranked answers of one question, one population, one wave. */
export interface RankedBarsView {
	id: string;
	title: string;
	year: number;
	population: string;
	populationLabel: string;
	tone: Tone;
	/** Sorted by value, highest first. */
	bars: EstimateView[];
	/** True when the published answers are not all the answers: no rank is claimed beyond them. */
	partial: boolean;
}

/** The same answer in two independent samples: both points and the gap a − b. */
export interface GapRowView {
	key: string;
	label: string;
	year: number;
	a: EstimateView;
	b: EstimateView;
	gap: DifferenceView;
}

export interface DumbbellView {
	id: string;
	title: string;
	rows: GapRowView[];
}

/** A chart with its kind, as the exports and the embed pages take it. */
export type ChartView =
	| { kind: 'trend'; view: TrendView }
	| { kind: 'bars'; view: RankedBarsView }
	| { kind: 'gaps'; view: DumbbellView };
