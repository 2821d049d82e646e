import type { Verdict } from '../stats/verdict';

/** A published percentage with its 95 % interval, in percent units. */
export interface Estimate {
	year: number;
	population: string;
	questionId: string;
	answerId: string;
	pct: number;
	/** Respondents behind the figure: the file's base, else the wave's sample size; null when unknown. */
	base: number | null;
	/** True when the file gave no base and the wave's sample size stands in for it. */
	baseAssumed: boolean;
	/** base / design effect: the n every formula uses; null when unknown. */
	effectiveN: number | null;
	derived: boolean;
	approximate: boolean;
	/** Wilson interval; null when n is unknown. */
	ciLow: number | null;
	ciHigh: number | null;
	/** The change the publisher printed with this figure, in points, and the year it is measured against. */
	publishedDelta: number | null;
	publishedDeltaVsYear: number | null;
	note: string | null;
	source: string | null;
	labelFr: string | null;
	labelEn: string | null;
}

/** A comparison of two independent percentages, in points: a − b. */
export interface Comparison {
	delta: number;
	/** Newcombe interval of the delta; null when either n is unknown. */
	ciLow: number | null;
	ciHigh: number | null;
	/** Pooled z, of the sign of the delta; null when untestable by formula. */
	z: number | null;
	pValue: number | null;
	verdict: Verdict;
}

/** The change of one answer between two waves of a population: to − from. */
export interface Change extends Comparison {
	population: string;
	questionId: string;
	answerId: string;
	fromYear: number;
	toYear: number;
	fromPct: number;
	toPct: number;
	/** The change the publisher printed for this pair of years, if any. */
	publishedDelta: number | null;
}

/** The gap between two independent samples on one answer in one year: a − b. */
export interface Gap extends Comparison {
	year: number;
	questionId: string;
	answerId: string;
	populationA: string;
	populationB: string;
	pctA: number;
	pctB: number;
}
