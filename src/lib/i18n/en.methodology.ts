/**
 * The words of the methodology page in English, typed by the French ones (fr.methodology.ts).
 */
import type { PartMessages } from './messages';

export const enMethodology: PartMessages<'methodology'> = {
	'methodology.description':
		'Where the figures come from, how the margins of uncertainty and the verdicts are computed, which figures conflict, and every source.',
	'methodology.lead':
		'Where the figures come from, how the dashboard computes margins of uncertainty and verdicts, which figures call for caution, and how to cite the sources.',
	'methodology.contents': 'On this page',
	'methodology.sections.waves': 'Survey waves',
	'methodology.sections.formulas': 'Margins, tests and verdicts',
	'methodology.sections.comparisons': 'Multiple comparisons',
	'methodology.sections.notes': 'Figures to read with caution',
	'methodology.sections.sources': 'Sources',
	'methodology.sections.cite': 'Citing this dashboard',
	'methodology.sections.licence': 'Licence',
	'methodology.statedMargins':
		"The dashboard computes each margin from the wave's own sample size, and never clamps it to the publisher's stated margin.",
	'methodology.statedMarginsExample':
		"The dashboard computes each margin from the wave's own sample size, and never clamps it to the publisher's stated margin: for n = {n}, the Wald interval gives {low} to {high}.",
	'methodology.yearHeading': 'Fieldwork {year}',
	'methodology.subgroupOf': 'subsample of: {parent}',
	'methodology.edition': 'Edition',
	'methodology.editionUnknown': 'not stated',
	'methodology.effectiveN': 'effective n = {n} (design effect {designEffect})',
	'methodology.composition': 'Make-up',
	'methodology.compositionUnknown': 'not published',
	'methodology.fieldwork': 'Fieldwork',
	'methodology.fieldworkUnknown': 'dates not published',
	'methodology.method': 'Method',
	'methodology.statedMargin': "Publisher's stated margin",
	'methodology.statedBy': '(as published)',
	'methodology.statedNone': 'none published',
	'methodology.computedMargin': 'Computed margin (95%)',
	'methodology.marginRange': '{method}: {low} to {high}',
	'methodology.marginAt': 'from p = 5% to p = 50%',
	'methodology.noMargin': 'cannot be computed (n unknown)',
	'methodology.notation':
		'Notation: x = number of respondents giving the answer, n = the base (sample size), p̂ = x/n; "points" = 100 × a proportion; z = {z} for 95% confidence.',
	'methodology.wilsonTitle': 'Interval of a percentage: Wilson score',
	'methodology.wilsonWords':
		'The band around each percentage is the 95% Wilson score interval. It stays between 0 and 100%, is not zero-width at 0% or 100%, and in mid-range matches the pollsters\' margin (n = 88, p = 50%: ± 10.2 against ± 10.45 for Wald). It is asymmetric: the dashboard draws both limits; where a single "± x pts" is wanted, it is the half-width (high − low)/2.',
	'methodology.wilsonFormulas.1': 'centre = (p̂ + z²/2n) / (1 + z²/n)',
	'methodology.wilsonFormulas.2': 'half-width = z · √( p̂(1 − p̂)/n + z²/4n² ) / (1 + z²/n)',
	'methodology.wilsonFormulas.3': 'interval = [ centre − half-width ; centre + half-width ]',
	'methodology.waldTitle': "Wald interval, the pollsters' convention",
	'methodology.waldWords':
		'Given for comparison with the published margins: symmetric and clipped to [0, 100%], it collapses to zero width at 0% and 100% and is too narrow near the ends.',
	'methodology.waldFormulas.1': 'interval = p̂ ± z · √( p̂(1 − p̂)/n )',
	'methodology.testTitle': 'Change or gap: two-proportion z-test',
	'methodology.testWords':
		'A change between two waves, or a gap between two populations in the same year, compares two independent samples. The pooled two-proportion z-test is two-sided, at α = 0.05.',
	'methodology.testFormulas.1': 'p̄ = (x₁ + x₂) / (n₁ + n₂)',
	'methodology.testFormulas.2': 'SE₀ = √( p̄(1 − p̄) · (1/n₁ + 1/n₂) )',
	'methodology.testFormulas.3': 'z = (p̂₁ − p̂₂) / SE₀',
	'methodology.testFormulas.4': 'p = erfc( |z| / √2 )',
	'methodology.newcombeTitle': 'Interval of a difference: Newcombe hybrid score',
	'methodology.newcombeWords':
		"The interval of the difference d = p̂₁ − p̂₂ combines each side's Wilson limits, (l₁, u₁) and (l₂, u₂): Newcombe's method 10, without continuity correction.",
	'methodology.newcombeFormulas.1': 'low = d − √( (p̂₁ − l₁)² + (u₂ − p̂₂)² )',
	'methodology.newcombeFormulas.2': 'high = d + √( (u₁ − p̂₁)² + (p̂₂ − l₂)² )',
	'methodology.overlap':
		'A change is never judged by whether two bands overlap: 94% and 83% of 88 respondents have overlapping Wilson bands, yet p = 0.022 and the Newcombe interval of the gap is [+1.5, +20.8] points.',
	'methodology.verdictsTitle': 'Verdicts',
	'methodology.verdictRule.significant':
		'the test rejects "no difference" (p < 0.05) and the Newcombe interval excludes 0.',
	'methodology.verdictRule.notSignificant': 'the test does not reject and the interval includes 0.',
	'methodology.verdictRule.borderline':
		'the test and the interval disagree (rare: about 0.25% of count pairs at 88 vs 88); the dashboard says so rather than silently picking one.',
	'methodology.verdictRule.untestable':
		'a sample size is unknown ("n unknown": no margin, no test), a base is under {minBase} (the figure is shown, with no verdict), or both percentages are 0% or both 100% ("no change, not testable").',
	'methodology.smallBases': 'Bases under {smallBase} are flagged "small base".',
	'methodology.countsTitle': 'Sample size, weights, counts',
	'methodology.counts.1':
		"n used: n = base / design effect. No weights are published, so each wave's design effect is 1. With respondent-level data weighted by w, n would be Kish's effective n, and the design effect n / n_eff:",
	'methodology.counts.2':
		'Base: no base per question is published; the wave\'s sample size is assumed for every question ("assumed" in the data table). A subgroup never borrows the whole sample\'s size: its own is not published, so it stays "n unknown".',
	'methodology.counts.3':
		'Counts: where a count is needed, x = p · n, unrounded (the published percentages are themselves rounded; one respondent out of 88 is 1.14 points).',
	'methodology.counts.4':
		'Critical value: z = {z} (95%), written as a constant. No finite population correction.',
	'methodology.kishFormula': 'n_eff = (Σw)² / Σw²',
	'methodology.quotaTitle': 'A note on quota samples',
	'methodology.quota':
		'A quota sample is not a random sample. Like the publisher, the dashboard computes margins by reference to a simple random sample of the same size: they give the order of magnitude of the sampling uncertainty, not a guarantee.',
	'methodology.comparisons.1':
		'The dashboard makes {total} comparisons: {changes} changes between two waves of a population and {gaps} gaps between two populations in the same year. {significant} are flagged significant, {notSignificant} not significant, {borderline} borderline and {untestable} untestable.',
	'methodology.comparisons.2':
		'Like pollsters, it applies no correction for multiple comparisons. Yet at the 5% level, about 5 "significant" flags in 100 are expected by chance alone where no difference is real: of the {testable} testable comparisons, about {expected} could be flagged wrongly. Read a lone verdict, especially one with p close to 0.05, with caution.',
	'methodology.comparisons.notComparable':
		'{count} changes across a series break (wording changed) are not computed, so not counted.',
	'methodology.notesIntro':
		'Each figure below carries a note in the data: conflicting or ambiguous sources, levels computed from a published change, figures published in words. The notes are written in English, as in the data files.',
	'methodology.noteGroups.break':
		'Series breaks: not comparable with the previous wave, no change computed',
	'methodology.noteGroups.conflict': 'Conflicting, ambiguous or uncertain sources',
	'methodology.noteGroups.derived':
		'Levels computed from a published change (± 1 to 2 pts of rounding)',
	'methodology.noteGroups.approximate': 'Figures published in words (nominal value)',
	'methodology.noteGroups.change_only': 'Changes published without a level',
	'methodology.noteGroups.other': 'Other remarks',
	'methodology.levelNotPublished': 'level not published',
	'methodology.publishedChange': 'published change: {points}',
	'methodology.publishedChangeSince': 'published change: {points} since {year}',
	'methodology.figureCount': '{count} figures',
	'methodology.sourcesIntro':
		'Every figure keeps its source verbatim, shown in the data table. Web addresses are links.',
	'methodology.documentsTitle': 'Documents cited by name',
	'methodology.webTitle': 'Web pages cited ({count})',
	'methodology.otherTitle': 'Other references (text only)',
	'methodology.citedByOne': '1 data row',
	'methodology.citedBy': '{count} data rows',
	'methodology.citeIntro': 'Suggested citation:',
	'methodology.citation': '{citeAs} {path}',
	'methodology.citeAlso':
		'When you reuse a figure, cite the survey and its original source too, given with each figure in the data table.'
};
