/**
 * The site's words in English. Typed by the French dictionary's keys: a key missing here, or one
 * French lacks, is a type error.
 */
import type { Messages } from './messages';

export const en: Messages = {
	'site.title': 'Social Entrepreneurship Barometer',
	'site.description':
		'The figures of the French Social Entrepreneurship Barometer (OpinionWay for Ashoka): what social entrepreneurs and the general public think, year after year, with their margins of uncertainty.',
	'site.source':
		'Source: OpinionWay surveys for Ashoka on the perception of social entrepreneurship in France, published with Convergences.',
	'site.sourceNote': 'Margins are computed by reference to a random sample of the same size.',
	'nav.label': 'Main navigation',
	'nav.overview': 'Overview',
	'nav.awareness': 'Awareness',
	'nav.obstacles': 'Obstacles',
	'nav.techForGood': 'Tech for good',
	'nav.explorer': 'Explorer',
	'nav.methodology': 'Methodology',
	'nav.data': 'Data',
	'nav.skipToContent': 'Skip to content',
	'population.entrepreneurs': 'Social entrepreneurs',
	'population.public': 'General public',
	'common.year': 'Year',
	'common.question': 'Question',
	'common.answer': 'Answer',
	'common.sampleSize': 'Sample size',
	'common.change': 'Change',
	'common.gap': 'Gap',
	'common.smallBase': 'Small base',
	'common.noData': 'No data',
	'common.source': 'Source',
	'common.note': 'Note',
	'notFound.title': 'Page not found',
	'notFound.body': 'This page does not exist or has moved.',
	'notFound.home': 'Back to the home page',
	'chart.table': 'Table',
	'chart.legend': 'Key',
	'chart.seriesShown': 'Series shown',
	'chart.showSubgroups': 'Show the subgroups',
	'chart.keyboardHint':
		'Tab to reach the points, arrow keys to move between them, Escape to hide the details.',
	'chart.noWave': 'no wave',
	'chart.notPublished': 'not published',
	'chart.break': 'wording changed',
	'chart.breakNote': 'Series break',
	'chart.notComparable': 'not comparable with {year} (wording changed)',
	'chart.otherAnswers': 'Other answers not published',
	'chart.since': 'since {year}',
	'chart.interval': '95%: {range}',
	'chart.pointsRange': '{low} to {high}',
	'chart.pointsRangeShort': '{low} to {high}',
	'chart.base': 'n\u00a0=\u00a0{n}',
	'chart.baseAssumed': 'assumed sample size',
	'chart.baseUnknown': 'n unknown',
	'chart.smallBase': 'Small base (under {smallBase} respondents): read with caution',
	'chart.derived': 'Derived from a published change',
	'chart.approximate': 'Approximate value',
	'chart.verdict.significant': 'beyond the margin of error',
	'chart.verdict.notSignificant': 'within the margin of error',
	'chart.verdict.borderline': 'at the edge of the margin of error',
	'chart.verdict.unknownBase': 'n unknown: not testable',
	'chart.verdict.smallBase': 'base too small: not testable',
	'chart.verdict.untestable': 'not testable',
	'chart.verdict.notComparable': 'no comparison possible',
	'verdict.significant': 'significant',
	'verdict.notSignificant': 'not significant',
	'verdict.borderline': 'borderline',
	'verdict.untestable': 'not testable',
	'verdict.notComparable': 'not comparable',
	'chart.column.population': 'Population',
	'chart.column.value': 'Value',
	'chart.column.interval': '95% interval',
	'chart.column.verdict': 'Significance',
	'chart.marks.change': 'Change since the previous wave',
	'chart.marks.gap': 'Gap between the two populations',
	'chart.marks.derived': 'Outline: derived from a published change',
	'chart.marks.smallBase': 'Dashed: small base (under {smallBase})',
	'chart.describe.series': '{series}: {first} in {firstYear}; in {lastYear}, {last}.',
	'chart.describe.singleFigure': '{series}: in {year}, {figure}.',
	'chart.describe.peak': 'Highest: {value} in {year}.',
	'chart.describe.missing': 'No figure for {years}.',
	'chart.describe.breaks':
		'Wording changed in {years}: no change is computed from one wording to the other.',
	'chart.describe.bars': '{population}, {year}{base}: {answers}.',
	'chart.describe.gap':
		'{label}: {a} ({populationA}) against {b} ({populationB}), a gap of {gap}, {verdict}.',
	'lang.readHere': 'Read this page in English',
	'common.verdict': 'Verdict',
	'common.quote': '“{text}”',
	'common.latestWave': 'Latest wave',
	'chart.sourceNotes': 'Notes on the sources',
	'overview.lead':
		'Every year since 2012, OpinionWay has surveyed about 90 social entrepreneurs and 1,000 French adults for Ashoka. Here are the latest published figures, with their margin of uncertainty and what the test says: is a change beyond the margin of error?',
	'overview.more': 'Read more',
	'awareness.lead':
		'Share of the general public who have heard of each term, at each published wave. The band around each line is the 95% confidence interval; the line breaks where no figure was published.',
	'awareness.other': 'The term "social entrepreneur" was measured separately, in 2012 and 2013.',
	'obstacles.lead':
		'What holds social entrepreneurs back in developing their activity, and what keeps the general public from starting an activity in the social and solidarity economy, at the latest wave that asked. Only the published answers are shown: no rank is claimed beyond them.',
	'obstacles.entrepreneurs': 'Social entrepreneurs',
	'obstacles.public': 'The general public',
	'techForGood.lead':
		'Social entrepreneurs see digital technology as a lever far more often than the general public. For each answer, the two points are the two samples, with their 95% intervals; the gap in points is given with its (Newcombe) interval and what the test says.',
	'question.trend': 'Trend',
	'question.gaps': 'Social entrepreneurs and the general public',
	'question.single': 'Single-choice question',
	'question.multi': 'Multiple-choice question (each answer is a proportion of its own)',
	'explorer.lead':
		'Choose a question, the populations and any two waves to compare: the change is tested as from one wave to the next. The page address keeps your choices: copy it to share this view.',
	'explorer.populations': 'Populations',
	'explorer.from': 'Compare wave',
	'explorer.to': 'with wave',
	'explorer.comparison': 'From {from} to {to}',
	'explorer.bars': 'Answers at the chosen wave',
	'explorer.noComparison': 'No answer was published for both of these waves.',
	'explorer.refused':
		'{answers}: the comparison of {from} and {to} is refused, as the wording changed between the two waves (a series break). The table says in which year.',
	'explorer.refusedRow': 'No comparison: wording changed in {year}',
	'explorer.page': "This question's page (readable without JavaScript)",
	'explorer.all': 'Every question',
	'explorer.noscript':
		'Without JavaScript, the explorer shows its default view; every question has its own page, listed below.',
	'data.description':
		'Every estimate of the Social Entrepreneurship Barometer in one table (percentage, confidence interval, sample size, change, note, source), and as CSV.',
	'data.lead':
		'Every published estimate in one table: percentage, 95% confidence interval (Wilson), sample size, change since the previous wave with its verdict, notes and source.',
	'data.download': 'Download the data (CSV)',
	'data.downloadNote':
		'{rows} rows, one per estimate; UTF-8, comma-separated, unrounded numbers with a decimal point, intervals and changes in points.',
	'data.readingTitle': 'Reading the table',
	'data.reading.1': 'Year: the fieldwork year (the "Baromètre 2018" is in 2017).',
	'data.reading.2':
		'n: no base per question is published, so the wave\'s sample size is assumed. "n unknown": no interval, no verdict.',
	'data.reading.3':
		'Change: in points, since the previous wave that published the same figure, with its verdict (z-test and Newcombe interval); none when the wording changed between the two (a series break).',
	'data.reading.4': 'Notes and sources are in English, as in the data files.',
	'data.methodologyBefore': 'The computations are explained in the ',
	'data.methodologyLink': 'methodology',
	'data.methodologyAfter': '.',
	'data.filtersLabel': 'Filter the table',
	'data.allPopulations': 'All populations',
	'data.allQuestions': 'All questions',
	'data.reset': 'Show all',
	'data.shown': '{shown} of {total} rows shown.',
	'data.regionLabel': 'Table of estimates (scrolls horizontally)',
	'data.caption': 'Estimates of the barometer, one row per year, population, question and answer.',
	'data.defaultOrder': 'Order: theme, question, answer, population, year.',
	'data.ascending': 'ascending',
	'data.descending': 'descending',
	'data.sortedBy': 'Sorted by {column}, {direction}.',
	'data.sortHint': 'Headers with a button sort the table.',
	'data.columns.n': 'n',
	'data.columns.flags': 'Flags',
	'data.assumed': '(assumed)',
	'data.firstWave': 'no earlier figure',
	'data.notComparable': 'not comparable with {year}',
	'data.derived': 'derived (± 1 pt)',
	'data.approximate': 'approximate (published in words)',
	'data.smallBase': 'small base',
	'methodology.description':
		'Where the figures of the Social Entrepreneurship Barometer come from, how the margins of uncertainty and the verdicts are computed, which figures conflict, and every source.',
	'methodology.lead':
		'Where the figures come from, how the dashboard computes margins of uncertainty and verdicts, which figures call for caution, and how to cite the sources.',
	'methodology.contents': 'On this page',
	'methodology.sections.waves': 'Survey waves',
	'methodology.sections.formulas': 'Margins, tests and verdicts',
	'methodology.sections.comparisons': 'Multiple comparisons',
	'methodology.sections.notes': 'Figures to read with caution',
	'methodology.sections.leftOut': 'The 2008 point, left out',
	'methodology.sections.sources': 'Sources',
	'methodology.sections.cite': 'Citing this dashboard',
	'methodology.sections.licence': 'Licence',
	'methodology.wavesIntro':
		'Every figure is a published result of the OpinionWay surveys for Ashoka on the perception of social entrepreneurship in France, run each year with two samples: social entrepreneurs, and the general public aged 18 and over. No respondent-level data is available: only the percentages the publisher chose to publish.',
	'methodology.fieldworkYears':
		'Charts date each figure by its fieldwork year, not by the name of the edition: the "Baromètre 2018" was carried out in September and October 2017, so it is shown in 2017; the "Baromètre 2017" in 2016, the "Baromètre 2019" in 2018. The 2012, 2015 and 2020 editions carry their fieldwork year.',
	'methodology.statedMargins':
		'The publisher prints the same margin sentence whatever the sample size ("4,4 à 10 points" for the entrepreneurs, "1,5 à 3 points" for the public): it is the polling industry\'s generic table (Wald interval, z ≈ 2, at p = 5% and 50%) for n = 100 and n ≈ 800 to 1,000. The dashboard therefore computes each margin from the wave\'s own sample size, and never clamps it to that range.',
	'methodology.statedMarginsExample':
		'The publisher prints the same margin sentence whatever the sample size ("4,4 à 10 points" for the entrepreneurs, "1,5 à 3 points" for the public): it is the polling industry\'s generic table (Wald interval, z ≈ 2, at p = 5% and 50%) for n = 100 and n ≈ 800 to 1,000. The dashboard therefore computes each margin from the wave\'s own sample size, and never clamps it to that range: for n = {n}, the Wald interval gives {low} to {high}.',
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
	'methodology.statedBy': '(OpinionWay, as published, in French)',
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
		'A change between two waves, or a gap between entrepreneurs and the public in the same year, compares two independent samples. The pooled two-proportion z-test is two-sided, at α = 0.05.',
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
		'Base: no base per question is published; the wave\'s sample size is assumed for every question ("assumed" in the data table). A subgroup such as the 18–24 year olds never borrows the whole sample\'s size: its own is not published, so it stays "n unknown".',
	'methodology.counts.3':
		'Counts: where a count is needed, x = p · n, unrounded (the published percentages are themselves rounded; one respondent out of 88 is 1.14 points).',
	'methodology.counts.4':
		'Critical value: z = {z} (95%), written as a constant. No finite population correction.',
	'methodology.kishFormula': 'n_eff = (Σw)² / Σw²',
	'methodology.quotaTitle': 'A note on quota samples',
	'methodology.quota':
		'A quota sample is not a random sample. Like the publisher, the dashboard computes margins by reference to a simple random sample of the same size: they give the order of magnitude of the sampling uncertainty, not a guarantee.',
	'methodology.comparisons.1':
		'The dashboard makes {total} comparisons: {changes} changes between two waves of a population and {gaps} gaps between entrepreneurs and the public in the same year. {significant} are flagged significant, {notSignificant} not significant, {borderline} borderline and {untestable} untestable.',
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
	'methodology.leftOut.1':
		'A 2008 figure — 15% of the public had heard of "entrepreneuriat social" (social entrepreneurship) — is quoted in press coverage of the Baromètre 2017. It predates the OpinionWay series, which starts in 2012, and its origin is unclear: it is in neither the data nor the charts.',
	'methodology.leftOut.2':
		'It remains in the list of published figures kept with the data (sources/published_figures.csv). Figures from other surveys quoted in the same publications (CSA/Avise, INSEE, Harris Interactive…) are left out too.',
	'methodology.sourcesIntro':
		'Every figure keeps its source verbatim, shown in the data table. Web addresses are links; references to the report ("barometre-2018-tech-for-good.txt lines 90-92") point to lines of the text of the 2018 report, kept with the data.',
	'methodology.reportTitle': 'The 2018 report',
	'methodology.report':
		"Baromètre de l'entrepreneuriat social 2018 – Tech for Good, OpinionWay for Ashoka, published with Convergences (fieldwork September and October 2017). Its text is kept with the data and cited line by line.",
	'methodology.reportCitationIntro': 'The report cites its own figures as:',
	'methodology.reportCitation':
		"Source\u00a0: Enquête OpinionWay pour Ashoka sur la perception de l'entrepreneuriat social en France, 2017.",
	'methodology.reportCitationWhere': 'barometre-2018-tech-for-good.txt, lines 2504-2506',
	'methodology.documentsTitle': 'Documents cited by name',
	'methodology.webTitle': 'Web pages cited ({count})',
	'methodology.otherTitle': 'Other references (text only)',
	'methodology.citedByOne': '1 data row',
	'methodology.citedBy': '{count} data rows',
	'methodology.citeIntro': 'Suggested citation:',
	'methodology.citation': '{site}, a dashboard of the OpinionWay surveys for Ashoka, 2026. {path}',
	'methodology.citeAlso':
		'When you reuse a figure, cite the survey and its original source too, given with each figure in the data table.',
	'methodology.licence.1':
		'This compilation (selection, coding, notes and documentation) is offered under the ',
	'methodology.licence.2': 'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
	'methodology.licence.3':
		'. The figures are published results of the OpinionWay surveys for Ashoka and Convergences, quoted with their sources: the rights in the surveys remain with their owners.',
	'population.public_18_24': '18–24 year olds',
	'composition.sex': 'Sex',
	'composition.age': 'Age',
	'composition.women': 'women',
	'composition.men': 'men'
};
