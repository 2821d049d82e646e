import type { Change, Estimate, Gap } from '../analysis/types';
import { fillFindingTemplate } from '../data/findingTemplate';
import { t } from '../i18n/messages';
import type { Catalog } from '../views/catalog';
import { changeClause } from './changeClause';
import { gapClause } from './gapClause';
import { frenchTypography } from './typography';
import { untestableReason } from './untestableReason';
import { percentText, quote } from './words';

const isAbout = (...sides: (Estimate | undefined)[]) =>
	sides.some((side) => side !== undefined && (side.derived || side.approximate));

/** French typography on the whole sentence, templates included. */
const finish = (catalog: Catalog, text: string) =>
	catalog.lang === 'fr' ? frenchTypography(text) : text;

/**
 * The sentence of a level and, when there is one, its change against the previous wave: the
 * question's template (questions.csv `finding_fr`/`finding_en`) when it has one, else the default
 * sentence from the labels.
 *
 * @example
 * figureSentence(catalog, estimate, change)
 * // "A déjà entendu parler du terme… « Économie sociale et solidaire (ESS) » — Grand public, 2020 : 47 %, en recul de 21 points depuis 2018 (au-delà de la marge d'erreur)."
 */
export function figureSentence(
	catalog: Catalog,
	estimate: Estimate,
	change: Change | undefined
): string {
	const { lang } = catalog;
	const { population, questionId, answerId, year } = estimate;
	const from = change && catalog.estimate(population, questionId, answerId, change.fromYear);
	const changeText = change
		? changeClause(lang, change, {
				about: isAbout(estimate, from),
				untestableReason: untestableReason(lang, change, [from, estimate])
			})
		: '';
	const pct = percentText(lang, estimate.pct, isAbout(estimate));
	const answer = catalog.answerLabel(questionId, answerId, year, population);
	const question = catalog.question(questionId);
	const template = lang === 'fr' ? question?.findingFr : question?.findingEn;
	const text = template
		? fillFindingTemplate(template, {
				pct,
				answer,
				population: catalog.populationPhrase(population) ?? catalog.populationLabel(population),
				change: changeText,
				year: String(year)
			})
		: t(lang, 'finding.figure', {
				question: catalog.questionLabel(questionId),
				answer: quote(lang, answer),
				population: catalog.populationLabel(population),
				year: String(year),
				pct,
				change: changeText
			});
	return finish(catalog, text);
}

/**
 * The sentence of a gap between two populations in one year.
 *
 * @example
 * gapSentence(catalog, gap)
 * // "Associez-vous le numérique à l'entrepreneuriat social ? « Oui », 2017 : 60 % (Entrepreneurs sociaux) contre 35 % (Grand public), un écart de 25 points (au-delà de la marge d'erreur)."
 */
export function gapSentence(catalog: Catalog, gap: Gap): string {
	const { lang } = catalog;
	const a = catalog.estimate(gap.populationA, gap.questionId, gap.answerId, gap.year);
	const b = catalog.estimate(gap.populationB, gap.questionId, gap.answerId, gap.year);
	const text = t(lang, 'finding.gap', {
		question: catalog.questionLabel(gap.questionId),
		answer: quote(lang, catalog.answerLabel(gap.questionId, gap.answerId)),
		year: String(gap.year),
		pctA: percentText(lang, gap.pctA, isAbout(a)),
		populationA: catalog.populationLabel(gap.populationA),
		pctB: percentText(lang, gap.pctB, isAbout(b)),
		populationB: catalog.populationLabel(gap.populationB),
		gap: gapClause(lang, gap, {
			about: isAbout(a, b),
			untestableReason: untestableReason(lang, gap, [a, b])
		})
	});
	return finish(catalog, text);
}
