import type { ChangeVerdict } from '../analysis/types';

/** What a finding states: a level alone, a change against the previous wave, or a gap a − b. */
export type FindingKind = 'level' | 'change' | 'gap';

/**
 * One sentence of the key findings and the figures it states, in percent units and points.
 * Fields that do not apply to its kind are null.
 */
export interface Finding {
	theme: string;
	kind: FindingKind;
	questionId: string;
	answerId: string;
	/** The population of a level or change; the first side (a) of a gap. */
	population: string;
	/** The second side (b) of a gap. */
	populationB: string | null;
	year: number;
	/** The earlier wave of a change. */
	fromYear: number | null;
	/** The level in `year` (of population a for a gap). */
	pct: number;
	pctB: number | null;
	/** A change: later − earlier. */
	delta: number | null;
	/** A gap: a − b. */
	gap: number | null;
	/** The verdict of the change or gap stated, as the analysis gives it (`not_comparable` across a series break); null for a level. */
	verdict: ChangeVerdict | null;
	text: string;
}
