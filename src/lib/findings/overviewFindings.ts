import type { Catalog } from '../views/catalog';
import { findings } from './findings';
import { keyFindings } from './rankFindings';

/** How many findings the overview opens with, in all and of one theme. */
export const OVERVIEW_FINDINGS = { max: 6, perTheme: 3 };

/** A finding as the overview lists it: plain text and a key unique in the list. */
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
	return keyFindings(findings(catalog, { perTheme: Infinity }), OVERVIEW_FINDINGS).map((f) => ({
		key: [f.kind, f.population, f.populationB ?? '', f.questionId, f.answerId, f.year].join('/'),
		text: f.text
	}));
}
