import { decodeBytes } from './decodeBytes';
import type { FileResult } from './files/fileCheck';
import { parseMethodology } from './files/parseMethodology';
import { validateAnswers } from './files/validateAnswers';
import { validateCharts } from './files/validateCharts';
import { validatePopulations } from './files/validatePopulations';
import { validateLabelMap } from './files/validateLabelMap';
import { validateQuestions } from './files/validateQuestions';
import { validateSampleComposition } from './files/validateSampleComposition';
import { validateSite } from './files/validateSite';
import { themesOfQuestions, unknownThemeIssues, validateThemes } from './files/validateThemes';
import { validateWaveFile, waveFileContext, waveFileOf } from './files/validateWaveFile';
import { validateWaves } from './files/validateWaves';
import { populationsOfWaves } from './populationsOfWaves';
import { readTable, type Table } from './readTable';
import { schema, type Column, type RowOf } from './schema';
import { truncate } from './truncate';
import type {
	DataFile,
	Dataset,
	Figure,
	FileReport,
	Issue,
	Population,
	TextBlock,
	Theme,
	ValidationResult
} from './types';

export type { DataFile, FileReport, ValidationResult } from './types';

const coreFiles = [
	'waves.csv',
	'questions.csv',
	'answers.csv',
	'sample_composition.csv',
	'site.csv',
	'populations.csv',
	'themes.csv',
	'charts.csv',
	'label_map.csv'
];

/** What the site does without an optional file, said in the warning about its absence. */
const withoutFile: Record<string, string> = {
	'site.csv': "the site's title, lead and footer are neutral words",
	'populations.csv': 'the population ids are shown as their names',
	'themes.csv': 'the theme ids are shown as their names',
	'charts.csv': 'the site has no theme pages',
	'methodology_fr.txt': 'the methodology page has no text of its own in French',
	'methodology_en.txt': 'the methodology page has no text of its own in English'
};

/**
 * The one validator of a data folder, used by the command line, the build and the browser:
 * reads every file of the contract, checks each value and the links between files, and returns
 * typed records with every problem located as file, line and column. Pure: it is given bytes.
 * Each kind of file has its module in files/; this reads them in the order their links need.
 *
 * @example
 * const { dataset, issues } = validateDataset(files, 'data');
 * issues.map(formatIssue) // ['data/2017/public.csv:4:1: error: question_id: unknown "awarness_terms" (did you mean "awareness_terms"?)']
 */
export function validateDataset(files: readonly DataFile[], root = 'data'): ValidationResult {
	const issues: Issue[] = [];
	const reports: FileReport[] = [];
	const byName = new Map(files.map((file) => [file.name, file]));

	/** Says a file is missing: an error when it is required, else a warning saying what is lost. */
	function missing(name: string, required: boolean) {
		issues.push({
			file: `${root}/${name}`,
			line: 1,
			column: 1,
			severity: required ? 'error' : 'warning',
			message: required
				? `missing file: every data folder needs ${name}`
				: `missing file: without ${name}, ${withoutFile[name]}`
		});
	}
	/** Reads a file of the folder, or reports it missing. */
	function open<const Columns extends readonly Column[]>(
		name: string,
		columns: Columns,
		required: boolean
	): { table: Table<RowOf<Columns>>; path: string } | null {
		const file = byName.get(name);
		if (!file) {
			if (required || name in withoutFile) missing(name, required);
			return null;
		}
		const table = readTable(file.path, file.bytes, columns);
		issues.push(...table.issues);
		return { table, path: file.path };
	}
	function keep<T>(result: FileResult<T>): T[] {
		issues.push(...result.issues);
		reports.push(result.report);
		return result.records;
	}

	/** A methodology text, as blocks; none when the file is absent. */
	function methodology(name: string): TextBlock[] {
		const file = byName.get(name);
		if (!file) {
			missing(name, false);
			return [];
		}
		return parseMethodology(decodeBytes(file.bytes).text);
	}

	const populationsFile = open('populations.csv', schema.populations, false);
	const listed = populationsFile
		? keep(validatePopulations(populationsFile.table, populationsFile.path))
		: null;
	const wavesFile = open('waves.csv', schema.waves, true);
	const waves = wavesFile ? keep(validateWaves(wavesFile.table, wavesFile.path, listed)) : [];
	const populations: Population[] = listed ?? populationsOfWaves(waves);
	const questionsFile = open('questions.csv', schema.questions, true);
	const questions = questionsFile
		? keep(validateQuestions(questionsFile.table, questionsFile.path))
		: [];
	const themesFile = open('themes.csv', schema.themes, false);
	const ofQuestions =
		!themesFile && questionsFile
			? themesOfQuestions(questionsFile.table, questionsFile.path)
			: { themes: [], issues: [] };
	issues.push(...ofQuestions.issues);
	const themes: Theme[] = themesFile
		? keep(validateThemes(themesFile.table, themesFile.path))
		: ofQuestions.themes;
	if (themesFile && questionsFile)
		issues.push(...unknownThemeIssues(questionsFile.table, questionsFile.path, themes));
	const answersFile = open('answers.csv', schema.answers, true);
	const answers = answersFile
		? keep(validateAnswers(answersFile.table, answersFile.path, questions))
		: [];
	const compositionFile = open('sample_composition.csv', schema.composition, false);
	const composition = compositionFile
		? keep(validateSampleComposition(compositionFile.table, compositionFile.path, waves))
		: [];

	const chartsFile = open('charts.csv', schema.charts, false);
	const charts = chartsFile
		? keep(
				validateCharts(chartsFile.table, chartsFile.path, {
					themes,
					questions,
					answers,
					populations
				})
			)
		: [];
	const siteFile = open('site.csv', schema.site, false);
	const site: Dataset['site'] = {};
	if (siteFile)
		for (const { key, fr, en } of keep(validateSite(siteFile.table, siteFile.path)))
			site[key] = { fr, en };
	const labelMapFile = open('label_map.csv', schema.labelMap, false);
	if (labelMapFile)
		keep(validateLabelMap(labelMapFile.table, labelMapFile.path, questions, answers));

	for (const file of files) {
		const ignored =
			file.name.endsWith('.csv') &&
			!waveFileOf(file.name) &&
			!file.name.startsWith('sources/') &&
			!coreFiles.includes(file.name);
		if (ignored)
			issues.push({
				file: file.path,
				line: 1,
				column: 1,
				severity: 'warning',
				message: 'not a file of the data contract (expected <year>/<population>.csv): ignored'
			});
	}
	const context = waveFileContext(waves, questions, answers);
	const breakColumn = new Map<string, number>();
	const figures = files
		.flatMap((file) => {
			const wave = waveFileOf(file.name);
			return wave ? [{ file, wave }] : [];
		})
		.sort((a, b) => a.file.name.localeCompare(b.file.name))
		.flatMap(({ file, wave }) => {
			const table = readTable(file.path, file.bytes, schema.figures);
			issues.push(...table.issues);
			breakColumn.set(file.path, table.columns.get('break') ?? 1);
			return keep(validateWaveFile(table, file.path, wave, context));
		});
	issues.push(...breaksWithoutEarlierWave(figures, breakColumn));

	return {
		dataset: {
			waves,
			questions,
			answers,
			figures,
			composition,
			site,
			populations,
			themes,
			charts,
			methodology: { fr: methodology('methodology_fr.txt'), en: methodology('methodology_en.txt') }
		},
		issues,
		files: reports,
		errorCount: issues.filter((issue) => issue.severity === 'error').length
	};
}

/**
 * A break says a figure is not comparable with an earlier wave of the same population, question
 * and answer: warns where there is none, as the break then cuts nothing.
 *
 * @example
 * breaksWithoutEarlierWave(figures, new Map([['data/2016/public.csv', 12]])).map(formatIssue)
 * // ['data/2016/public.csv:3:12: warning: break: yes, but no earlier wave of public has question "q", answer "a": there is nothing to break from']
 */
export function breaksWithoutEarlierWave(
	figures: readonly Figure[],
	breakColumn: ReadonlyMap<string, number>
): Issue[] {
	const firstYear = new Map<string, number>();
	for (const figure of figures) {
		if (figure.pct === null) continue;
		const key = `${figure.population}/${figure.questionId}/${figure.answerId}`;
		firstYear.set(key, Math.min(firstYear.get(key) ?? figure.year, figure.year));
	}
	return figures
		.filter(
			(figure) =>
				figure.break &&
				firstYear.get(`${figure.population}/${figure.questionId}/${figure.answerId}`) ===
					figure.year
		)
		.map((figure) => ({
			file: figure.location.file,
			line: figure.location.line,
			column: breakColumn.get(figure.location.file) ?? 1,
			severity: 'warning' as const,
			message: `break: yes, but no earlier wave of ${truncate(figure.population)} has question "${truncate(figure.questionId)}", answer "${truncate(figure.answerId)}": there is nothing to break from`
		}));
}
