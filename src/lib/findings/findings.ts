import type { Estimate } from '../analysis/types';
import type { Lang } from '../i18n/lang';
import { catalog as buildCatalog, type Catalog } from '../views/catalog';
import { latestYear } from '../views/latestYear';
import { keyFindings } from './rankFindings';
import { figureSentence, gapSentence } from './sentences';
import type { Finding } from './types';

/** "A handful" of findings per theme. */
export const FINDINGS_PER_THEME = 5;

export interface FindingsOptions {
	/** The wave to write about; by default each question's latest wave. */
	year?: number;
	/** The language of the sentences; by default the catalog's. */
	lang?: Lang;
	perTheme?: number;
}

/**
 * The key findings of a barometer, by theme in the order of questions.csv: for each question at
 * the year, each answer's level with its change against the previous wave that asked it, and the
 * gap between the two top-level populations. Within a theme, significant changes come first
 * (largest first), then significant gaps, then the rest, at most `perTheme` of them. Every
 * verdict is the analysis' own (src/lib/analysis): nothing is tested again here.
 *
 * @example
 * findings(catalog, { lang: 'fr' })[0]
 * // { theme: 'awareness', kind: 'change', questionId: 'awareness_terms', answerId: 'sse', year: 2020, fromYear: 2018, pct: 47, delta: -21, verdict: 'significant', text: '… en recul de 21 points depuis 2018 …' }
 */
export function findings(catalog: Catalog, options: FindingsOptions = {}): Finding[] {
	const lang = options.lang ?? catalog.lang;
	const words =
		lang === catalog.lang ? catalog : buildCatalog(catalog.dataset, catalog.analysis, lang);
	const { dataset, analysis } = words;
	const populationOrder = [...new Set(dataset.waves.map((wave) => wave.population))];
	const byTheme = new Map<string, Finding[]>();
	for (const question of dataset.questions) {
		const estimates = analysis.estimates.filter((e) => e.questionId === question.id);
		const year = options.year ?? latestYear(estimates);
		const answerOrder = words.answerIds(question.id);
		const atYear = estimates
			.filter((e) => e.year === year)
			.sort(
				(a, b) =>
					populationOrder.indexOf(a.population) - populationOrder.indexOf(b.population) ||
					answerOrder.indexOf(a.answerId) - answerOrder.indexOf(b.answerId)
			);
		const list = byTheme.get(question.theme) ?? [];
		byTheme.set(question.theme, list);
		for (const estimate of atYear) list.push(figureFinding(words, question.theme, estimate));
		for (const gap of analysis.gaps) {
			if (gap.questionId !== question.id || gap.year !== year) continue;
			list.push({
				theme: question.theme,
				kind: 'gap',
				questionId: gap.questionId,
				answerId: gap.answerId,
				population: gap.populationA,
				populationB: gap.populationB,
				year: gap.year,
				fromYear: null,
				pct: gap.pctA,
				pctB: gap.pctB,
				delta: null,
				gap: gap.delta,
				verdict: gap.verdict,
				text: gapSentence(words, gap)
			});
		}
	}
	const perTheme = options.perTheme ?? FINDINGS_PER_THEME;
	return [...byTheme.values()].flatMap((list) => keyFindings(list, { max: perTheme, perTheme }));
}

function figureFinding(catalog: Catalog, theme: string, estimate: Estimate): Finding {
	const { population, questionId, answerId, year } = estimate;
	const change = catalog.changeTo(population, questionId, answerId, year);
	return {
		theme,
		kind: change ? 'change' : 'level',
		questionId,
		answerId,
		population,
		populationB: null,
		year,
		fromYear: change?.fromYear ?? null,
		pct: estimate.pct,
		pctB: null,
		delta: change?.delta ?? null,
		gap: null,
		verdict: change?.verdict ?? null,
		text: figureSentence(catalog, estimate, change)
	};
}
