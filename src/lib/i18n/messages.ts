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
		"Les marges sont calculées par référence à un échantillon aléatoire de même taille.",

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
	'notFound.home': "Retour à l'accueil"
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
	'notFound.home': 'Back to the home page'
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
