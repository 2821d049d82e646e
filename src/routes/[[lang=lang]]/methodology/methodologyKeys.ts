/**
 * The methodology page's lists of messages, in reading order: each list names its keys, so that
 * every key of the dictionaries is written somewhere in the sources (messages.spec.ts).
 */
import type { MessageKey } from '$lib/i18n/messages';
import type { Verdict } from '$lib/stats/verdict';
import type { NoteReason } from '$lib/views/methodology/notedFigures';

export const wilsonFormulaKeys: readonly MessageKey[] = [
	'methodology.wilsonFormulas.1',
	'methodology.wilsonFormulas.2',
	'methodology.wilsonFormulas.3'
];

export const waldFormulaKeys: readonly MessageKey[] = ['methodology.waldFormulas.1'];

export const testFormulaKeys: readonly MessageKey[] = [
	'methodology.testFormulas.1',
	'methodology.testFormulas.2',
	'methodology.testFormulas.3',
	'methodology.testFormulas.4'
];

export const newcombeFormulaKeys: readonly MessageKey[] = [
	'methodology.newcombeFormulas.1',
	'methodology.newcombeFormulas.2'
];

/** Each verdict with the rule that gives it; the rules may quote the figures of methodFigures. */
export const verdictRules: readonly { verdict: Verdict; rule: MessageKey }[] = [
	{ verdict: 'significant', rule: 'methodology.verdictRule.significant' },
	{ verdict: 'not_significant', rule: 'methodology.verdictRule.notSignificant' },
	{ verdict: 'borderline', rule: 'methodology.verdictRule.borderline' },
	{ verdict: 'untestable', rule: 'methodology.verdictRule.untestable' }
];

/** "Sample size, weights, counts"; the first item is followed by Kish's formula. */
export const countKeys: readonly MessageKey[] = [
	'methodology.counts.1',
	'methodology.counts.2',
	'methodology.counts.3',
	'methodology.counts.4'
];

/** The two paragraphs of the multiple-comparisons caveat, filled with the counts. */
export const comparisonKeys: readonly MessageKey[] = [
	'methodology.comparisons.1',
	'methodology.comparisons.2'
];

export const leftOutKeys: readonly MessageKey[] = [
	'methodology.leftOut.1',
	'methodology.leftOut.2'
];

export const noteGroupKeys: Readonly<Record<NoteReason, MessageKey>> = {
	conflict: 'methodology.noteGroups.conflict',
	derived: 'methodology.noteGroups.derived',
	approximate: 'methodology.noteGroups.approximate',
	change_only: 'methodology.noteGroups.change_only',
	other: 'methodology.noteGroups.other'
};
