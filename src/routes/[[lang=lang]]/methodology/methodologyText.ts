/**
 * The methodology page's sentences that are chosen or filled by code, and its lists of messages in
 * reading order: each list names its keys, so that every key of the dictionaries is written
 * somewhere in the sources (messages.spec.ts).
 */
import { upperFirst, verdictShort } from '$lib/charts/text/words';
import { formatNumber } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/lang';
import { t, type MessageKey } from '$lib/i18n/messages';
import type { Verdict } from '$lib/stats/verdict';
import type { ComparisonSummary } from '$lib/views/methodology/comparisonSummary';
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

/** The two paragraphs of the multiple-comparisons caveat. */
const comparisonKeys: readonly MessageKey[] = [
	'methodology.comparisons.1',
	'methodology.comparisons.2'
];

/**
 * The multiple-comparisons caveat, filled with the counts of the comparisons; the changes across a
 * series break, which are not comparisons, are said apart when there are any.
 * @example comparisonParagraphs('en', summary)[0] // 'The dashboard makes 1,234 comparisons: …'
 */
export function comparisonParagraphs(lang: Lang, c: ComparisonSummary): string[] {
	const n = (value: number) => formatNumber(lang, value);
	const values = {
		total: n(c.total),
		changes: n(c.changes),
		gaps: n(c.gaps),
		significant: n(c.verdicts.significant),
		notSignificant: n(c.verdicts.not_significant),
		borderline: n(c.verdicts.borderline),
		untestable: n(c.verdicts.untestable),
		testable: n(c.testable),
		expected: n(Math.round(c.expectedByChance))
	};
	const [counts, caveat] = comparisonKeys.map((key) => t(lang, key, values));
	if (c.notComparable === 0) return [counts, caveat];
	const breaks = t(lang, 'methodology.comparisons.notComparable', { count: n(c.notComparable) });
	return [`${counts} ${breaks}`, caveat];
}

/**
 * The published change of a noted figure, with the wave it is measured from when known.
 * @example publishedChange('en', '+5 pts', 2016) // 'published change: +5 pts since 2016'
 */
export function publishedChange(lang: Lang, points: string, year: number | null): string {
	return year === null
		? t(lang, 'methodology.publishedChange', { points })
		: t(lang, 'methodology.publishedChangeSince', { points, year });
}

/**
 * How many data rows cite a source.
 * @example citedBy('fr', 1) // '1 ligne de données' (U+00A0 after the number)
 */
export function citedBy(lang: Lang, count: number): string {
	return count === 1
		? t(lang, 'methodology.citedByOne')
		: t(lang, 'methodology.citedBy', { count: formatNumber(lang, count) });
}

/**
 * A verdict's name at the head of its rule: the name the charts use, capitalised.
 * @example verdictName('fr', 'not_significant') // 'Non significatif'
 */
export function verdictName(lang: Lang, verdict: Verdict): string {
	return upperFirst(verdictShort(lang, verdict));
}

export const noteGroupKeys: Readonly<Record<NoteReason, MessageKey>> = {
	break: 'methodology.noteGroups.break',
	conflict: 'methodology.noteGroups.conflict',
	derived: 'methodology.noteGroups.derived',
	approximate: 'methodology.noteGroups.approximate',
	change_only: 'methodology.noteGroups.change_only',
	other: 'methodology.noteGroups.other'
};
