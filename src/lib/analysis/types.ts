import type { Verdict } from '../stats/verdict';

/** What can be said of a change: a test's verdict, or 'not_comparable' across a series break. */
export type ChangeVerdict = Verdict | 'not_comparable';

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
	/** Not comparable with the previous wave that has the figure: no change is computed to it. */
	break: boolean;
	breakNoteFr: string | null;
	breakNoteEn: string | null;
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

/** Which answer of which population changed between which two waves, and the levels at each. */
interface ChangeBetween {
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

/** The change of one answer between two comparable waves: to − from. */
export interface ComparableChange extends Comparison, ChangeBetween {}

/** Two waves with a series break between them: no delta, interval, test or previous wave instead. */
export interface NotComparableChange extends ChangeBetween {
	delta: null;
	ciLow: null;
	ciHigh: null;
	z: null;
	pValue: null;
	verdict: 'not_comparable';
}

/** The change of one answer between two waves of a population; `verdict` tells the two kinds apart. */
export type Change = ComparableChange | NotComparableChange;

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
