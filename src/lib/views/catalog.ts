import type { Analysis } from '../analysis/analyseDataset';
import type { Change, Estimate, Gap } from '../analysis/types';
import type {
	ChartSpec,
	Dataset,
	Question,
	SiteKey,
	SiteText,
	TextBlock,
	Theme
} from '../data/types';
import type { Lang } from '../i18n/lang';
import type { PopulationTone } from './types';

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
const leadIn: Record<Lang, (item: Theme) => string | null> = {
	fr: (item) => item.leadFr,
	en: (item) => item.leadEn
};
const chartTitleIn: Record<Lang, (item: ChartSpec) => string | null> = {
	fr: (item) => item.titleFr,
	en: (item) => item.titleEn
};
const chartNoteIn: Record<Lang, (item: ChartSpec) => string | null> = {
	fr: (item) => item.noteFr,
	en: (item) => item.noteEn
};
/** site.csv's text in a language, the other language's when that cell is empty. */
const siteTextIn: Record<Lang, (item: SiteText) => string> = {
	fr: (item) => item.fr || item.en,
	en: (item) => item.en || item.fr
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
	/** populations.csv's name, else the id. */
	populationLabel(population: string): string;
	/** The colour: the first top-level population's, every other top-level one's, or a subgroup's. */
	tone(population: string): PopulationTone;
	/** A text of site.csv in this language (the other language's when empty); null when absent. */
	siteText(key: SiteKey): string | null;
	/** Themes in display order. */
	themes: Theme[];
	themeLabel(theme: string): string;
	themeLead(theme: string): string | null;
	/** The charts of a theme's page, in order. */
	chartsOf(theme: string): ChartSpec[];
	/** A chart's title, the question's label when charts.csv gives none. */
	chartTitle(chart: ChartSpec): string;
	/** The sentence shown before a chart, or null. */
	chartNote(chart: ChartSpec): string | null;
	/** methodology_<lang>.txt; empty when absent. */
	methodology: TextBlock[];
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
	/** The gap a − b; between the first two top-level populations when none are given. */
	gap(
		year: number,
		questionId: string,
		answerId: string,
		populations?: readonly [string, string]
	): Gap | undefined;
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
	const gaps = new Map(
		analysis.gaps.map((g) => [
			key(g.year, g.questionId, g.answerId, g.populationA, g.populationB),
			g
		])
	);
	const [firstPopulation = '', secondPopulation = ''] = analysis.populations;
	const ordered = [...dataset.answers].sort((a, b) => a.order - b.order);
	const pick = (item: Labelled | undefined) => (item ? labelIn[lang](item) : null);
	const populations = new Map(dataset.populations.map((p) => [p.id, p]));
	const firstTopLevel = dataset.populations.find((p) => p.parent === null)?.id;
	const themes = new Map(dataset.themes.map((theme) => [theme.id, theme]));
	const questionLabel = (id: string) => pick(questions.get(id)) ?? id;
	return {
		lang,
		dataset,
		analysis,
		question: (id) => questions.get(id),
		questionLabel,
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
		populationLabel: (population) => pick(populations.get(population)) ?? population,
		tone(population) {
			if (populations.get(population)?.parent) return 'subgroup';
			return population === firstTopLevel ? 'entrepreneurs' : 'public';
		},
		siteText(key) {
			const text = dataset.site[key];
			return (text && siteTextIn[lang](text)) || null;
		},
		themes: dataset.themes,
		themeLabel: (theme) => pick(themes.get(theme)) ?? theme,
		themeLead(theme) {
			const known = themes.get(theme);
			return known ? leadIn[lang](known) : null;
		},
		chartsOf: (theme) => dataset.charts.filter((chart) => chart.theme === theme),
		chartTitle: (chart) => chartTitleIn[lang](chart) ?? questionLabel(chart.questionId),
		chartNote: (chart) => chartNoteIn[lang](chart),
		methodology: dataset.methodology[lang],
		hasWave: (year, population) => waves.has(key(year, population)),
		estimate: (population, questionId, answerId, year) =>
			estimates.get(key(population, questionId, answerId, year)),
		changeTo: (population, questionId, answerId, year) =>
			changes.get(key(population, questionId, answerId, year)),
		gap: (year, questionId, answerId, [a, b] = [firstPopulation, secondPopulation]) =>
			gaps.get(key(year, questionId, answerId, a, b)),
		answerIds: (questionId) => ordered.filter((a) => a.questionId === questionId).map((a) => a.id)
	};
}
