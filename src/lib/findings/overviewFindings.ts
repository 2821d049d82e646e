import type { Catalog } from '../views/catalog';
import { findings } from './findings';
import { keyFindings } from './rankFindings';
import type { Finding } from './types';

/** How many findings the overview opens with, in all and of one theme. */
export const OVERVIEW_FINDINGS = { max: 6, perTheme: 3 };

/** How many findings a theme page opens with. */
export const THEME_FINDINGS = 3;

/** A finding as the overview and the theme pages list it: plain text and a key unique in the list. */
export interface OverviewFinding {
	key: string;
	text: string;
}

/**
 * The overview's "À retenir" / "Key findings": the first findings by rank of each question's
 * latest wave, at most six, at most three of a theme.
 *
 * @example overviewFindings(catalog)[0].text // "En 2020, 47 % … en recul de 21 points depuis 2018 (au-delà de la marge d'erreur)."
 */
export function overviewFindings(catalog: Catalog): OverviewFinding[] {
	return keyFindings(findings(catalog, { perTheme: Infinity }), OVERVIEW_FINDINGS).map(listed);
}

/**
 * A theme page's own findings: its first three by rank.
 *
 * @example themeFindings(catalog, 'awareness')[0].text // "En 2020, 47 % du grand public … (au-delà de la marge d'erreur)."
 */
export function themeFindings(catalog: Catalog, theme: string): OverviewFinding[] {
	return findings(catalog, { perTheme: THEME_FINDINGS })
		.filter((f) => f.theme === theme)
		.map(listed);
}

function listed(f: Finding): OverviewFinding {
	return {
		key: [f.kind, f.population, f.populationB ?? '', f.questionId, f.answerId, f.year].join('/'),
		text: f.text
	};
}
