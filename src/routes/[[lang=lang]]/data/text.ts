/**
 * The data page's words, in French and English. Sentences that carry numbers are functions of
 * already formatted strings. French typography: U+00A0 before ":", ";", "%" and inside « ».
 */
import type { SortDirection } from '$lib/views/data-page/dataTableSort';
import type { Verdict } from '$lib/stats/verdict';

const fr = {
	title: 'Données',
	description:
		"Toutes les estimations du Baromètre de l'entrepreneuriat social dans un tableau (pourcentage, intervalle de confiance, effectif, évolution, note, source) et en CSV.",
	lead: 'Toutes les estimations publiées dans un seul tableau\u00a0: pourcentage, intervalle de confiance à 95\u00a0% (Wilson), effectif, évolution depuis la vague précédente et son verdict, remarques et source.',
	download: 'Télécharger les données (CSV)',
	downloadNote: (rows: string) =>
		`${rows}\u00a0lignes, une par estimation\u00a0; UTF-8, séparateur point-virgule pour Excel en français, nombres non arrondis avec une virgule décimale, intervalles et évolutions en points.`,
	readingTitle: 'Lire le tableau',
	reading: [
		"Année\u00a0: l'année du terrain (le «\u00a0Baromètre 2018\u00a0» figure en 2017).",
		"n\u00a0: aucun effectif par question n'est publié, l'effectif de la vague est supposé. «\u00a0n inconnu\u00a0»\u00a0: ni intervalle ni verdict.",
		'Évolution\u00a0: en points, depuis la vague précédente qui a publié le même chiffre, avec son verdict (test z et intervalle de Newcombe).',
		'Les notes et les sources sont en anglais, comme dans les fichiers de données.'
	],
	methodologyBefore: 'Les calculs sont expliqués dans la ',
	methodologyLink: 'méthodologie',
	methodologyAfter: '.',
	filtersLabel: 'Filtrer le tableau',
	population: 'Population',
	allPopulations: 'Toutes les populations',
	question: 'Question',
	allQuestions: 'Toutes les questions',
	reset: 'Tout afficher',
	shown: (shown: string, total: string) => `${shown}\u00a0lignes affichées sur ${total}.`,
	regionLabel: 'Tableau des estimations (défilement horizontal)',
	caption: 'Estimations du baromètre, une ligne par année, population, question et réponse.',
	defaultOrder: 'Ordre\u00a0: thème, question, réponse, population, année.',
	sortedBy: (column: string, direction: SortDirection) =>
		`Trié par ${column.toLowerCase()}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}.`,
	sortHint: 'Les en-têtes à bouton trient le tableau.',
	columns: {
		year: 'Année',
		population: 'Population',
		question: 'Question',
		answer: 'Réponse',
		value: 'Valeur',
		interval: 'Intervalle à 95\u00a0%',
		n: 'n',
		change: 'Évolution',
		verdict: 'Verdict',
		flags: 'Indications',
		note: 'Note',
		source: 'Source'
	},
	nUnknown: 'n inconnu',
	assumed: '(supposé)',
	since: (year: number) => `depuis ${year}`,
	firstWave: 'aucun chiffre antérieur',
	verdicts: {
		significant: 'significative',
		not_significant: 'non significative',
		borderline: 'à la limite',
		untestable: 'non testable'
	} satisfies Record<Verdict, string>,
	derived: 'dérivé (±\u00a01\u00a0pt)',
	approximate: 'approximatif (publié en mots)',
	smallBase: 'effectif faible'
};

/** The page's words in one language. */
export type DataText = typeof fr;

const en: DataText = {
	title: 'Data',
	description:
		'Every estimate of the Social Entrepreneurship Barometer in one table (percentage, confidence interval, sample size, change, note, source), and as CSV.',
	lead: 'Every published estimate in one table: percentage, 95% confidence interval (Wilson), sample size, change since the previous wave with its verdict, notes and source.',
	download: 'Download the data (CSV)',
	downloadNote: (rows: string) =>
		`${rows} rows, one per estimate; UTF-8, comma-separated, unrounded numbers with a decimal point, intervals and changes in points.`,
	readingTitle: 'Reading the table',
	reading: [
		'Year: the fieldwork year (the "Baromètre 2018" is in 2017).',
		'n: no base per question is published, so the wave\'s sample size is assumed. "n unknown": no interval, no verdict.',
		'Change: in points, since the previous wave that published the same figure, with its verdict (z-test and Newcombe interval).',
		'Notes and sources are in English, as in the data files.'
	],
	methodologyBefore: 'The computations are explained in the ',
	methodologyLink: 'methodology',
	methodologyAfter: '.',
	filtersLabel: 'Filter the table',
	population: 'Population',
	allPopulations: 'All populations',
	question: 'Question',
	allQuestions: 'All questions',
	reset: 'Show all',
	shown: (shown: string, total: string) => `${shown} of ${total} rows shown.`,
	regionLabel: 'Table of estimates (scrolls horizontally)',
	caption: 'Estimates of the barometer, one row per year, population, question and answer.',
	defaultOrder: 'Order: theme, question, answer, population, year.',
	sortedBy: (column: string, direction: SortDirection) =>
		`Sorted by ${column.toLowerCase()}, ${direction}.`,
	sortHint: 'Headers with a button sort the table.',
	columns: {
		year: 'Year',
		population: 'Population',
		question: 'Question',
		answer: 'Answer',
		value: 'Value',
		interval: '95% interval',
		n: 'n',
		change: 'Change',
		verdict: 'Verdict',
		flags: 'Flags',
		note: 'Note',
		source: 'Source'
	},
	nUnknown: 'n unknown',
	assumed: '(assumed)',
	since: (year: number) => `since ${year}`,
	firstWave: 'no earlier figure',
	verdicts: {
		significant: 'significant',
		not_significant: 'not significant',
		borderline: 'borderline',
		untestable: 'untestable'
	},
	derived: 'derived (± 1 pt)',
	approximate: 'approximate (published in words)',
	smallBase: 'small base'
};

/** The page's words, by language. */
export const text = { fr, en } as const;
