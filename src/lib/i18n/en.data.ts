/**
 * The words of the data page in English, typed by the French ones (fr.data.ts).
 */
import type { PartMessages } from './messages';

export const enData: PartMessages<'data'> = {
	'data.description':
		'Every estimate of the barometer in one table (percentage, confidence interval, sample size, change, note, source), and as CSV.',
	'data.lead':
		'Every published estimate in one table: percentage, 95% confidence interval (Wilson), sample size, change since the previous wave with its verdict, notes and source.',
	'data.download': 'Download the data (CSV)',
	'data.downloadNote':
		'{rows} rows, one per estimate and one per change published without its level (empty level cells); UTF-8, comma-separated, unrounded numbers with a decimal point, intervals and changes in points.',
	'data.readingTitle': 'Reading the table',
	'data.reading.1': "Year: the fieldwork year, not the edition's.",
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
	'data.publishedChange': 'as published, not tested',
	'data.derived': 'derived (± 1 pt)',
	'data.approximate': 'approximate (published in words)',
	'data.smallBase': 'small base'
};
