/**
 * The site's words in French and English. French is the reference: `MessageKey` is the set of its
 * keys, and the English dictionary is typed `Messages`, so a key missing from English (or one
 * English has and French lacks) is a type error.
 */
import type { Lang } from './lang';

const fr = {
	'site.title': "Baromètre de l'entrepreneuriat social",
	'site.description':
		"Les chiffres du Baromètre de l'entrepreneuriat social (OpinionWay pour Ashoka) : ce que pensent les entrepreneurs sociaux et le grand public, année après année, avec leurs marges d'incertitude.",
	'site.source':
		"Source\u00a0: enquêtes OpinionWay pour Ashoka sur la perception de l'entrepreneuriat social en France, publiées avec Convergences.",
	'site.sourceNote':
		'Les marges sont calculées par référence à un échantillon aléatoire de même taille.',

	'nav.label': 'Navigation principale',
	'nav.overview': 'Aperçu',
	'nav.awareness': 'Notoriété',
	'nav.obstacles': 'Freins',
	'nav.techForGood': 'Tech for good',
	'nav.explorer': 'Explorateur',
	'nav.methodology': 'Méthodologie',
	'nav.data': 'Données',
	'nav.skipToContent': 'Aller au contenu',

	'lang.switch': 'English',
	'lang.switchLabel': 'Read this page in English',

	'common.entrepreneurs': 'Entrepreneurs sociaux',
	'common.public': 'Grand public',
	'common.year': 'Année',
	'common.wave': 'Vague',
	'common.question': 'Question',
	'common.answer': 'Réponse',
	'common.sampleSize': 'Effectif',
	'common.margin': "Marge d'incertitude",
	'common.confidence95': 'Intervalle de confiance à 95\u00a0%',
	'common.change': 'Évolution',
	'common.gap': 'Écart',
	'common.significant': 'Écart significatif',
	'common.notSignificant': 'Écart non significatif',
	'common.borderline': 'Écart à la limite de la significativité',
	'common.smallBase': 'Effectif faible',
	'common.noData': 'Pas de donnée',
	'common.source': 'Source',
	'common.note': 'Note',
	'common.download': 'Télécharger',
	'common.points': 'points',

	'notFound.title': 'Page introuvable',
	'notFound.body': "Cette page n'existe pas ou a été déplacée.",
	'notFound.home': "Retour à l'accueil",

	// Charts (src/lib/charts): words inside and around the charts. `{name}` is filled by the chart.
	'chart.colon': '\u00a0: ',
	'chart.table': 'Tableau',
	'chart.legend': 'Légende',
	'chart.seriesShown': 'Séries affichées',
	'chart.keyboardHint':
		"Tab pour atteindre les points, flèches pour passer de l'un à l'autre, Échap pour masquer le détail.",
	'chart.noWave': 'pas de vague',
	'chart.notPublished': 'non publié',
	'chart.otherAnswers': 'Autres réponses non publiées',
	'chart.since': 'depuis {year}',
	'chart.interval': '95\u00a0%\u00a0: {range}',
	'chart.pointsRange': 'de {low} à {high}',
	'chart.pointsRangeShort': '{low} à {high}',
	'chart.base': 'n\u00a0=\u00a0{n}',
	'chart.baseAssumed': "taille d'échantillon supposée",
	'chart.baseUnknown': 'n inconnu',
	'chart.smallBase': 'Effectif faible (moins de 30 répondants)\u00a0: à lire avec prudence',
	'chart.derived': "Déduit d'une évolution publiée",
	'chart.approximate': 'Valeur approchée',
	'chart.verdict.significant': "au-delà de la marge d'erreur",
	'chart.verdict.notSignificant': "dans la marge d'erreur",
	'chart.verdict.borderline': "à la limite de la marge d'erreur",
	'chart.verdict.unknownBase': 'n inconnu\u00a0: pas de test',
	'chart.verdict.smallBase': 'effectif trop faible\u00a0: pas de test',
	'chart.verdict.untestable': 'pas de test possible',
	'chart.verdictShort.significant': 'significatif',
	'chart.verdictShort.notSignificant': 'non significatif',
	'chart.verdictShort.borderline': 'à la limite',
	'chart.verdictShort.untestable': 'non testable',
	'chart.column.population': 'Population',
	'chart.column.value': 'Valeur',
	'chart.column.interval': 'Intervalle à 95\u00a0%',
	'chart.column.verdict': 'Significativité',
	'chart.marks.change': 'Évolution depuis la vague précédente',
	'chart.marks.gap': 'Écart entre les deux populations',
	'chart.marks.significant': "Au-delà de la marge d'erreur",
	'chart.marks.notSignificant': "Dans la marge d'erreur",
	'chart.marks.borderline': "À la limite de la marge d'erreur",
	'chart.marks.derived': "Contour\u00a0: déduit d'une évolution publiée",
	'chart.marks.smallBase': 'Pointillés\u00a0: effectif faible (moins de 30)',
	'chart.describe.series': '{series}\u00a0: {first} en {firstYear}\u00a0; en {lastYear}, {last}.',
	'chart.describe.singleFigure': '{series}\u00a0: en {year}, {figure}.',
	'chart.describe.peak': 'Maximum\u00a0: {value} en {year}.',
	'chart.describe.missing': 'Pas de chiffre en {years}.',
	'chart.describe.bars': '{population}, {year}{base}\u00a0: {answers}.',
	'chart.describe.gap':
		'{label}\u00a0: {a} ({populationA}) contre {b} ({populationB}), écart de {gap}, {verdict}.',

	// Exports (src/lib/figures/ExportControls.svelte): the buttons under each chart.
	'export.label': 'Exporter ce graphique',
	'export.svg': 'Image SVG',
	'export.png': 'PNG écran',
	'export.pngPrint': 'PNG impression (300\u00a0dpi)',
	'export.csv': 'Données CSV',
	'export.embed': 'Intégrer',
	'export.copied': 'Code copié dans le presse-papiers.',
	'export.failed': "L'export a échoué\u00a0:"
} satisfies Record<string, string>;

/** A key of the dictionaries. */
export type MessageKey = keyof typeof fr;

/** A dictionary: one string for every key. */
export type Messages = Record<MessageKey, string>;

const en: Messages = {
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

	'lang.switch': 'Français',
	'lang.switchLabel': 'Lire cette page en français',

	'common.entrepreneurs': 'Social entrepreneurs',
	'common.public': 'General public',
	'common.year': 'Year',
	'common.wave': 'Wave',
	'common.question': 'Question',
	'common.answer': 'Answer',
	'common.sampleSize': 'Sample size',
	'common.margin': 'Margin of uncertainty',
	'common.confidence95': '95% confidence interval',
	'common.change': 'Change',
	'common.gap': 'Gap',
	'common.significant': 'Significant difference',
	'common.notSignificant': 'Not a significant difference',
	'common.borderline': 'Borderline difference',
	'common.smallBase': 'Small base',
	'common.noData': 'No data',
	'common.source': 'Source',
	'common.note': 'Note',
	'common.download': 'Download',
	'common.points': 'points',

	'notFound.title': 'Page not found',
	'notFound.body': 'This page does not exist or has moved.',
	'notFound.home': 'Back to the home page',

	'chart.colon': ': ',
	'chart.table': 'Table',
	'chart.legend': 'Key',
	'chart.seriesShown': 'Series shown',
	'chart.keyboardHint':
		'Tab to reach the points, arrow keys to move between them, Escape to hide the details.',
	'chart.noWave': 'no wave',
	'chart.notPublished': 'not published',
	'chart.otherAnswers': 'Other answers not published',
	'chart.since': 'since {year}',
	'chart.interval': '95%: {range}',
	'chart.pointsRange': '{low} to {high}',
	'chart.pointsRangeShort': '{low} to {high}',
	'chart.base': 'n\u00a0=\u00a0{n}',
	'chart.baseAssumed': 'assumed sample size',
	'chart.baseUnknown': 'n unknown',
	'chart.smallBase': 'Small base (under 30 respondents): read with caution',
	'chart.derived': 'Derived from a published change',
	'chart.approximate': 'Approximate value',
	'chart.verdict.significant': 'beyond the margin of error',
	'chart.verdict.notSignificant': 'within the margin of error',
	'chart.verdict.borderline': 'at the edge of the margin of error',
	'chart.verdict.unknownBase': 'n unknown: not testable',
	'chart.verdict.smallBase': 'base too small: not testable',
	'chart.verdict.untestable': 'not testable',
	'chart.verdictShort.significant': 'significant',
	'chart.verdictShort.notSignificant': 'not significant',
	'chart.verdictShort.borderline': 'borderline',
	'chart.verdictShort.untestable': 'not testable',
	'chart.column.population': 'Population',
	'chart.column.value': 'Value',
	'chart.column.interval': '95% interval',
	'chart.column.verdict': 'Significance',
	'chart.marks.change': 'Change since the previous wave',
	'chart.marks.gap': 'Gap between the two populations',
	'chart.marks.significant': 'Beyond the margin of error',
	'chart.marks.notSignificant': 'Within the margin of error',
	'chart.marks.borderline': 'At the edge of the margin of error',
	'chart.marks.derived': 'Outline: derived from a published change',
	'chart.marks.smallBase': 'Dashed: small base (under 30)',
	'chart.describe.series': '{series}: {first} in {firstYear}; in {lastYear}, {last}.',
	'chart.describe.singleFigure': '{series}: in {year}, {figure}.',
	'chart.describe.peak': 'Highest: {value} in {year}.',
	'chart.describe.missing': 'No figure for {years}.',
	'chart.describe.bars': '{population}, {year}{base}: {answers}.',
	'chart.describe.gap':
		'{label}: {a} ({populationA}) against {b} ({populationB}), a gap of {gap}, {verdict}.',

	'export.label': 'Export this chart',
	'export.svg': 'SVG image',
	'export.png': 'PNG for screens',
	'export.pngPrint': 'PNG for print (300\u00a0dpi)',
	'export.csv': 'CSV data',
	'export.embed': 'Embed',
	'export.copied': 'Code copied to the clipboard.',
	'export.failed': 'The export failed:'
};

/** Both dictionaries, by language. */
export const messages: Readonly<Record<Lang, Messages>> = { fr, en };

/**
 * A message in a language.
 * @example t('fr', 'nav.awareness') // 'Notoriété'
 * @example t('en', 'nav.awareness') // 'Awareness'
 */
export function t(lang: Lang, key: MessageKey): string {
	return messages[lang][key];
}
