import type { Dataset } from '../../data/types';
import { readExplorerState, type ExplorerOptions } from './explorerState';
import type { Catalog } from '../catalog';
import { explorerViews, type ExplorerViews } from './explorerViews';

/**
 * What the explorer needs in the browser: the validated records (without file locations, site
 * texts, charts and methodology, which it does not show) and its options.
 */
export interface ExplorerData {
	dataset: Dataset;
	options: ExplorerOptions;
	/** Labels of the questions and populations offered, by id, for the controls. */
	labels: { questions: Record<string, string>; populations: Record<string, string> };
	/** The questions under their themes, for the question <select>. */
	groups: QuestionGroup[];
	/** The views of the default state (no query), computed at build time; null without data. */
	initial: ExplorerViews | null;
}

/**
 * The explorer's page data. The page starts on the default state's views, computed here; for any
 * other state the browser recomputes estimates, changes and comparisons from these records with
 * the same pure functions as the build, so any two waves can be compared.
 *
 * @example
 * explorerData(catalog).options.questions[0] // { id: 'awareness_terms', populations: ['public'], subgroups: [], years: [2012, 2013, 2016, 2017, 2018, 2020] }
 */
export function explorerData(catalog: Catalog): ExplorerData {
	const { dataset, analysis } = catalog;
	const questions = dataset.questions
		.map((question) => {
			const estimates = analysis.estimates.filter((e) => e.questionId === question.id);
			const populations = [...new Set(estimates.map((e) => e.population))];
			return {
				id: question.id,
				populations,
				subgroups: populations.filter((population) => catalog.tone(population) === 'subgroup'),
				years: [...new Set(estimates.map((e) => e.year))].sort((a, b) => a - b)
			};
		})
		.filter((question) => question.years.length > 0);
	const options = { questions };
	const initial = readExplorerState(new URLSearchParams(), options);
	const populations = [...new Set(questions.flatMap((question) => question.populations))];
	return {
		dataset: {
			...dataset,
			site: {},
			charts: [],
			methodology: { fr: [], en: [] },
			figures: dataset.figures.map((figure) => ({ ...figure, location: { file: '', line: 0 } }))
		},
		options,
		labels: {
			questions: Object.fromEntries(questions.map(({ id }) => [id, catalog.questionLabel(id)])),
			populations: Object.fromEntries(populations.map((id) => [id, catalog.populationLabel(id)]))
		},
		groups: questionGroups(catalog, options),
		initial: initial && explorerViews(catalog, initial)
	};
}

/** The explorer's questions under one theme, for an <optgroup>. */
export interface QuestionGroup {
	theme: string;
	label: string;
	questionIds: string[];
}

/**
 * The explorer's questions grouped by theme, in theme order, under themes.csv's names.
 *
 * @example
 * questionGroups(catalog, options)[0] // { theme: 'awareness', label: 'Notoriété', questionIds: ['awareness_terms'] }
 */
export function questionGroups(catalog: Catalog, options: ExplorerOptions): QuestionGroup[] {
	return catalog.themes.flatMap((theme) => {
		const questionIds = options.questions
			.filter((option) => catalog.question(option.id)?.theme === theme.id)
			.map((option) => option.id);
		return questionIds.length > 0
			? [{ theme: theme.id, label: catalog.themeLabel(theme.id), questionIds }]
			: [];
	});
}
