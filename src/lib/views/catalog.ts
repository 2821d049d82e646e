import type { Analysis } from '../analysis/analyseDataset';
import type { Change, Estimate, Gap } from '../analysis/types';
import type { Dataset, Question } from '../data/types';
import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import type { PopulationTone } from './types';

/** The keys of the populations this barometer names; any other id is shown as it is. */
const populationKeys: Partial<Record<string, MessageKey>> = {
	entrepreneurs: 'population.entrepreneurs',
	public: 'population.public',
	public_18_24: 'population.public_18_24'
};

/** A text the data files give in one column per language (label_fr, label_en). */
interface Labelled {
	labelFr: string | null;
	labelEn: string | null;
}

/** Which column holds each language's text: a new language adds its columns to the data, and here. */
const labelIn: Record<Lang, (item: Labelled) => string | null> = {
	fr: (item) => item.labelFr,
	en: (item) => item.labelEn
};
const noteIn: Record<Lang, (item: Question) => string | null> = {
	fr: (item) => item.noteFr,
	en: (item) => item.noteEn
};

/** Lookups over a validated dataset and its analysis, in one language: what every view builder needs. */
export interface Catalog {
	lang: Lang;
	dataset: Dataset;
	analysis: Analysis;
	question(id: string): Question | undefined;
	questionLabel(id: string): string;
	/** The question's note in the catalog's language, or null. */
	questionNote(id: string): string | null;
	/** The answer's label, that year's wording when the figure carries one. */
	answerLabel(questionId: string, answerId: string, year?: number, population?: string): string;
	populationLabel(population: string): string;
	tone(population: string): PopulationTone;
	hasWave(year: number, population: string): boolean;
	estimate(
		population: string,
		questionId: string,
		answerId: string,
		year: number
	): Estimate | undefined;
	changeTo(
		population: string,
		questionId: string,
		answerId: string,
		year: number
	): Change | undefined;
	gap(year: number, questionId: string, answerId: string): Gap | undefined;
	/** Answers of a question in display order. */
	answerIds(questionId: string): string[];
}

const key = (...parts: (string | number)[]) => parts.join('/');

/**
 * Builds the lookups once per page build.
 *
 * @example
 * catalog(dataset, analysis, 'en').populationLabel('public') // 'General public'
 */
export function catalog(dataset: Dataset, analysis: Analysis, lang: Lang): Catalog {
	const questions = new Map(dataset.questions.map((q) => [q.id, q]));
	const answers = new Map(dataset.answers.map((a) => [key(a.questionId, a.id), a]));
	const waves = new Map(dataset.waves.map((w) => [key(w.year, w.population), w]));
	const figures = new Map(
		dataset.figures.map((f) => [key(f.population, f.questionId, f.answerId, f.year), f])
	);
	const estimates = new Map(
		analysis.estimates.map((e) => [key(e.population, e.questionId, e.answerId, e.year), e])
	);
	const changes = new Map(
		analysis.changes.map((c) => [key(c.population, c.questionId, c.answerId, c.toYear), c])
	);
	const gaps = new Map(analysis.gaps.map((g) => [key(g.year, g.questionId, g.answerId), g]));
	const ordered = [...dataset.answers].sort((a, b) => a.order - b.order);
	const pick = (item: Labelled | undefined) => (item ? labelIn[lang](item) : null);
	return {
		lang,
		dataset,
		analysis,
		question: (id) => questions.get(id),
		questionLabel: (id) => {
			const question = questions.get(id);
			return pick(question) ?? id;
		},
		questionNote(id) {
			const question = questions.get(id);
			return question ? noteIn[lang](question) : null;
		},
		answerLabel(questionId, answerId, year, population) {
			const figure =
				year !== undefined && population !== undefined
					? figures.get(key(population, questionId, answerId, year))
					: undefined;
			const answer = answers.get(key(questionId, answerId));
			return pick(figure) ?? pick(answer) ?? answerId;
		},
		populationLabel(population) {
			const populationKey = populationKeys[population];
			return populationKey === undefined ? population : t(lang, populationKey);
		},
		tone(population) {
			if (population === 'entrepreneurs') return 'entrepreneurs';
			return dataset.waves.some((w) => w.population === population && w.parent !== null)
				? 'subgroup'
				: 'public';
		},
		hasWave: (year, population) => waves.has(key(year, population)),
		estimate: (population, questionId, answerId, year) =>
			estimates.get(key(population, questionId, answerId, year)),
		changeTo: (population, questionId, answerId, year) =>
			changes.get(key(population, questionId, answerId, year)),
		gap: (year, questionId, answerId) => gaps.get(key(year, questionId, answerId)),
		answerIds: (questionId) => ordered.filter((a) => a.questionId === questionId).map((a) => a.id)
	};
}
