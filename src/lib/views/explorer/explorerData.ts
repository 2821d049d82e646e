import type { Dataset } from '../../data/types';
import type { ExplorerOptions } from './explorerState';
import type { Catalog } from '../catalog';

/**
 * What the explorer needs in the browser: the validated records (without file locations, site
 * texts, charts and methodology, which it does not show) and its options.
 */
export interface ExplorerData {
	dataset: Dataset;
	options: ExplorerOptions;
}

/**
 * The explorer's page data. The browser recomputes estimates, changes and comparisons from these
 * records with the same pure functions as the build, so any two waves can be compared.
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
	return {
		dataset: {
			...dataset,
			site: {},
			charts: [],
			methodology: { fr: [], en: [] },
			figures: dataset.figures.map((figure) => ({ ...figure, location: { file: '', line: 0 } }))
		},
		options: { questions }
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
