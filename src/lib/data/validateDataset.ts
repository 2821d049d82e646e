import type { FileResult } from './files/fileCheck';
import { validateAnswers } from './files/validateAnswers';
import { validateLabelMap } from './files/validateLabelMap';
import { validateQuestions } from './files/validateQuestions';
import { validateSampleComposition } from './files/validateSampleComposition';
import { validateWaveFile, waveFileContext, waveFileOf } from './files/validateWaveFile';
import { validateWaves } from './files/validateWaves';
import { readTable, type Table } from './readTable';
import { schema, type Column, type RowOf } from './schema';
import type { DataFile, FileReport, Issue, ValidationResult } from './types';

export type { DataFile, FileReport, ValidationResult } from './types';

const coreFiles = [
	'waves.csv',
	'questions.csv',
	'answers.csv',
	'sample_composition.csv',
	'label_map.csv'
];

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

	/** Reads a file of the folder, or reports it missing when it is required. */
	function open<const Columns extends readonly Column[]>(
		name: string,
		columns: Columns,
		required: boolean
	): { table: Table<RowOf<Columns>>; path: string } | null {
		const file = byName.get(name);
		if (!file) {
			if (required)
				issues.push({
					file: `${root}/${name}`,
					line: 1,
					column: 1,
					severity: 'error',
					message: `missing file: every data folder needs ${name}`
				});
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

	const wavesFile = open('waves.csv', schema.waves, true);
	const waves = wavesFile ? keep(validateWaves(wavesFile.table, wavesFile.path)) : [];
	const questionsFile = open('questions.csv', schema.questions, true);
	const questions = questionsFile
		? keep(validateQuestions(questionsFile.table, questionsFile.path))
		: [];
	const answersFile = open('answers.csv', schema.answers, true);
	const answers = answersFile
		? keep(validateAnswers(answersFile.table, answersFile.path, questions))
		: [];
	const compositionFile = open('sample_composition.csv', schema.composition, false);
	const composition = compositionFile
		? keep(validateSampleComposition(compositionFile.table, compositionFile.path, waves))
		: [];

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
	const figures = files
		.flatMap((file) => {
			const wave = waveFileOf(file.name);
			return wave ? [{ file, wave }] : [];
		})
		.sort((a, b) => a.file.name.localeCompare(b.file.name))
		.flatMap(({ file, wave }) => {
			const table = readTable(file.path, file.bytes, schema.figures);
			issues.push(...table.issues);
			return keep(validateWaveFile(table, file.path, wave, context));
		});

	return {
		dataset: { waves, questions, answers, figures, composition },
		issues,
		files: reports,
		errorCount: issues.filter((issue) => issue.severity === 'error').length
	};
}
