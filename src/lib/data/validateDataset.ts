import { closestMatch } from './closestMatch';
import { readTable, type Table, type TableRow } from './readTable';
import { schema } from './schema';
import type {
	Answer,
	Dataset,
	Figure,
	Issue,
	Question,
	SampleComposition,
	Severity,
	Wave
} from './types';

/** A file of a data folder: its name inside the folder (`2017/public.csv`), the path to show, its bytes. */
export interface DataFile {
	name: string;
	path: string;
	bytes: Uint8Array;
}

/** What became of a file's data rows: rows = loaded + rejected, each rejected row has an error at its line. */
export interface FileReport {
	file: string;
	rows: number;
	loaded: number;
	rejected: number;
}

export interface ValidationResult {
	dataset: Dataset;
	issues: Issue[];
	files: FileReport[];
	errorCount: number;
}

/** Tolerance on the sum of a single-choice question's answers: published percentages are rounded. */
export const SINGLE_CHOICE_SUM_TOLERANCE = 3;

const waveFileName = /^(\d{4})\/([A-Za-z0-9][A-Za-z0-9_-]*)\.csv$/;
const coreFiles = {
	waves: 'waves.csv',
	questions: 'questions.csv',
	answers: 'answers.csv'
} as const;
const compositionFile = 'sample_composition.csv';

const text = (value: unknown) => (value === null ? null : (value as string));

/**
 * The one validator of a data folder, used by the command line, the build and the browser:
 * reads every file of the contract, checks each value and the links between files, and returns
 * typed records with every problem located as file, line and column. Pure: it is given bytes.
 *
 * @example
 * const { dataset, issues } = validateDataset(files, 'data');
 * issues.map(formatIssue) // ['data/2017/public.csv:4:1: error: question_id: unknown "awarness_terms" (did you mean "awareness_terms"?)']
 */
export function validateDataset(files: readonly DataFile[], root = 'data'): ValidationResult {
	const issues: Issue[] = [];
	const reports: FileReport[] = [];
	const dataset: Dataset = { waves: [], questions: [], answers: [], figures: [], composition: [] };
	const byName = new Map(files.map((file) => [file.name, file]));
	const pathOf = (name: string) => byName.get(name)?.path ?? `${root}/${name}`;

	function open(name: string, kind: keyof typeof schema, required: boolean): Table | null {
		const file = byName.get(name);
		if (!file) {
			if (required)
				issues.push({
					file: pathOf(name),
					line: 1,
					column: 1,
					severity: 'error',
					message: `missing file: every data folder needs ${name}`
				});
			return null;
		}
		const table = readTable(file.path, file.bytes, schema[kind]);
		issues.push(...table.issues);
		return table;
	}

	/** Reports on a table's row and keeps the count of rows loaded for the file report. */
	function check(table: Table, file: string) {
		let loaded = 0;
		const report = (row: TableRow, columnName: string, severity: Severity, message: string) =>
			issues.push({
				file,
				line: row.line,
				column: table.columns.get(columnName) ?? 1,
				severity,
				message
			});
		return {
			report,
			loaded: () => loaded++,
			done: () =>
				reports.push({ file, rows: table.rowCount, loaded, rejected: table.rowCount - loaded })
		};
	}

	// waves.csv
	const waveLine = new Map<string, number>();
	const wavesTable = open(coreFiles.waves, 'waves', true);
	if (wavesTable) {
		const waves = check(wavesTable, pathOf(coreFiles.waves));
		const candidates: { row: TableRow; wave: Wave }[] = [];
		for (const row of wavesTable.rows) {
			const v = row.values;
			const wave: Wave = {
				year: v.year as number,
				population: v.population as string,
				sampleSize: v.sample_size as number | null,
				fieldworkStart: text(v.fieldwork_start),
				fieldworkEnd: text(v.fieldwork_end),
				method: text(v.method),
				source: v.source as string,
				edition: text(v.edition),
				parent: text(v.parent),
				designEffect: (v.design_effect as number | null) ?? 1,
				statedMargin: text(v.stated_margin)
			};
			const key = `${wave.year}/${wave.population}`;
			const first = waveLine.get(key);
			if (first !== undefined) {
				waves.report(
					row,
					'population',
					'error',
					`duplicate wave ${wave.year} ${wave.population} (first on line ${first})`
				);
				continue;
			}
			if (
				wave.fieldworkStart &&
				wave.fieldworkEnd &&
				wave.fieldworkEnd.localeCompare(wave.fieldworkStart) < 0
			) {
				waves.report(
					row,
					'fieldwork_end',
					'error',
					`fieldwork_end: ${wave.fieldworkEnd} is before fieldwork_start ${wave.fieldworkStart}`
				);
				continue;
			}
			waveLine.set(key, row.line);
			candidates.push({ row, wave });
		}
		for (const { row, wave } of candidates) {
			if (
				wave.parent !== null &&
				(wave.parent === wave.population || !waveLine.has(`${wave.year}/${wave.parent}`))
			) {
				waves.report(
					row,
					'parent',
					'error',
					`parent: "${wave.parent}" has no wave in ${wave.year}; a subgroup needs its parent population's wave`
				);
				waveLine.delete(`${wave.year}/${wave.population}`);
				continue;
			}
			dataset.waves.push(wave);
			waves.loaded();
		}
		waves.done();
	}
	const waveByKey = new Map(dataset.waves.map((wave) => [`${wave.year}/${wave.population}`, wave]));

	// questions.csv
	const questionById = new Map<string, Question & { line: number }>();
	const questionsTable = open(coreFiles.questions, 'questions', true);
	if (questionsTable) {
		const questions = check(questionsTable, pathOf(coreFiles.questions));
		for (const row of questionsTable.rows) {
			const v = row.values;
			const question: Question = {
				id: v.question_id as string,
				theme: v.theme as string,
				kind: v.kind as Question['kind'],
				labelFr: v.label_fr as string,
				labelEn: v.label_en as string,
				noteFr: text(v.note_fr),
				noteEn: text(v.note_en),
				headline: (v.headline as boolean | null) ?? false
			};
			const first = questionById.get(question.id);
			if (first) {
				questions.report(
					row,
					'question_id',
					'error',
					`duplicate question_id "${question.id}" (first on line ${first.line})`
				);
				continue;
			}
			questionById.set(question.id, { ...question, line: row.line });
			dataset.questions.push(question);
			questions.loaded();
		}
		questions.done();
	}

	// answers.csv
	const answersOf = new Map<string, Map<string, number>>();
	const answersTable = open(coreFiles.answers, 'answers', true);
	if (answersTable) {
		const answers = check(answersTable, pathOf(coreFiles.answers));
		for (const row of answersTable.rows) {
			const v = row.values;
			const answer: Answer = {
				questionId: v.question_id as string,
				id: v.answer_id as string,
				labelFr: v.label_fr as string,
				labelEn: v.label_en as string,
				order: v.order as number
			};
			if (!questionById.has(answer.questionId)) {
				answers.report(
					row,
					'question_id',
					'error',
					unknownMessage('question_id', answer.questionId, questionById.keys(), 'questions.csv')
				);
				continue;
			}
			const known = answersOf.get(answer.questionId) ?? new Map<string, number>();
			const first = known.get(answer.id);
			if (first !== undefined) {
				answers.report(
					row,
					'answer_id',
					'error',
					`duplicate answer "${answer.id}" of question "${answer.questionId}" (first on line ${first})`
				);
				continue;
			}
			known.set(answer.id, row.line);
			answersOf.set(answer.questionId, known);
			dataset.answers.push(answer);
			answers.loaded();
		}
		answers.done();
	}

	// sample_composition.csv (optional)
	const compositionTable = open(compositionFile, 'composition', false);
	if (compositionTable) {
		const composition = check(compositionTable, pathOf(compositionFile));
		for (const row of compositionTable.rows) {
			const v = row.values;
			const record: SampleComposition = {
				year: v.year as number,
				population: v.population as string,
				variable: v.variable as string,
				category: v.category as string,
				pct: v.pct as number,
				source: text(v.source)
			};
			if (!waveByKey.has(`${record.year}/${record.population}`)) {
				composition.report(
					row,
					'population',
					'error',
					`no wave ${record.year} ${record.population} in waves.csv`
				);
				continue;
			}
			dataset.composition.push(record);
			composition.loaded();
		}
		composition.done();
	}

	// <year>/<population>.csv
	const waveFiles = files
		.filter((file) => waveFileName.test(file.name))
		.sort((a, b) => a.name.localeCompare(b.name));
	for (const file of files) {
		const ignored =
			file.name.endsWith('.csv') &&
			!waveFileName.test(file.name) &&
			!file.name.startsWith('sources/') &&
			![...Object.values(coreFiles), compositionFile].includes(file.name as never);
		if (ignored)
			issues.push({
				file: file.path,
				line: 1,
				column: 1,
				severity: 'warning',
				message: 'not a file of the data contract (expected <year>/<population>.csv): ignored'
			});
	}
	for (const file of waveFiles) {
		const [, yearText, population] = waveFileName.exec(file.name)!;
		const year = Number(yearText);
		const table = readTable(file.path, file.bytes, schema.figures);
		issues.push(...table.issues);
		const figures = check(table, file.path);
		const wave = waveByKey.get(`${year}/${population}`);
		if (!wave) {
			const message = `no row in waves.csv for year ${year}, population "${population}": none of the ${table.rowCount} data rows can be loaded`;
			issues.push({ file: file.path, line: 1, column: 1, severity: 'error', message });
			figures.done();
			continue;
		}
		const seen = new Map<string, number>();
		const loadedByQuestion = new Map<string, Figure[]>();
		for (const row of table.rows) {
			const v = row.values;
			const figure: Figure = {
				year,
				population,
				questionId: v.question_id as string,
				answerId: v.answer_id as string,
				pct: v.pct as number | null,
				base: v.base as number | null,
				derived: (v.derived as boolean | null) ?? false,
				approximate: (v.approximate as boolean | null) ?? false,
				deltaPts: v.delta_pts as number | null,
				deltaVsYear: v.delta_vs_year as number | null,
				labelFr: text(v.label_fr),
				labelEn: text(v.label_en),
				note: text(v.note),
				source: text(v.source),
				location: { file: file.path, line: row.line }
			};
			const problem = figureProblem(figure, wave);
			if (problem) {
				figures.report(row, problem.column, 'error', problem.message);
				continue;
			}
			const key = `${figure.questionId}/${figure.answerId}`;
			const first = seen.get(key);
			if (first !== undefined) {
				figures.report(
					row,
					'answer_id',
					'error',
					`duplicate figure for question "${figure.questionId}", answer "${figure.answerId}" (first on line ${first})`
				);
				continue;
			}
			seen.set(key, row.line);
			dataset.figures.push(figure);
			const sameQuestion = loadedByQuestion.get(figure.questionId);
			if (sameQuestion) sameQuestion.push(figure);
			else loadedByQuestion.set(figure.questionId, [figure]);
			figures.loaded();
		}
		for (const [questionId, loaded] of loadedByQuestion) {
			const message = singleChoiceSumProblem(
				questionById.get(questionId)!,
				answersOf.get(questionId)!,
				loaded
			);
			if (message) {
				const last = loaded[loaded.length - 1];
				issues.push({
					file: file.path,
					line: last.location.line,
					column: table.columns.get('pct') ?? 1,
					severity: 'warning',
					message
				});
			}
		}
		figures.done();
	}

	function figureProblem(figure: Figure, wave: Wave): { column: string; message: string } | null {
		const question = questionById.get(figure.questionId);
		if (!question)
			return {
				column: 'question_id',
				message: unknownMessage(
					'question_id',
					figure.questionId,
					questionById.keys(),
					'questions.csv'
				)
			};
		const answers = answersOf.get(figure.questionId) ?? new Map<string, number>();
		if (!answers.has(figure.answerId)) {
			return {
				column: 'answer_id',
				message: unknownMessage(
					'answer_id',
					figure.answerId,
					answers.keys(),
					`answers.csv for question "${figure.questionId}"`
				)
			};
		}
		if (figure.pct === null && figure.deltaPts === null) {
			return {
				column: 'pct',
				message: 'pct: a value is required unless delta_pts gives a published change'
			};
		}
		if ((figure.deltaPts === null) !== (figure.deltaVsYear === null)) {
			return figure.deltaPts === null
				? {
						column: 'delta_vs_year',
						message: `delta_vs_year: ${figure.deltaVsYear} is given without delta_pts`
					}
				: {
						column: 'delta_pts',
						message: `delta_pts: ${figure.deltaPts} is given without delta_vs_year (the year it is measured against)`
					};
		}
		if (figure.deltaVsYear !== null && figure.deltaVsYear >= figure.year) {
			return {
				column: 'delta_vs_year',
				message: `delta_vs_year: ${figure.deltaVsYear} is not before the wave's year ${figure.year}`
			};
		}
		if (figure.base !== null && wave.sampleSize !== null && figure.base > wave.sampleSize) {
			return {
				column: 'base',
				message: `base: ${figure.base} is larger than the sample size ${wave.sampleSize} of ${wave.year} ${wave.population} in waves.csv`
			};
		}
		return null;
	}

	return {
		dataset,
		issues,
		files: reports,
		errorCount: issues.filter((issue) => issue.severity === 'error').length
	};
}

function unknownMessage(
	column: string,
	value: string,
	known: Iterable<string>,
	where: string
): string {
	const suggestion = closestMatch(value, known);
	return `${column}: unknown "${value}", not in ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}

/**
 * Only judged when every answer of a single-choice question is in the file with a percentage, and
 * there are at least two: a lone published "yes" says nothing about the others.
 */
function singleChoiceSumProblem(
	question: Question,
	answers: Map<string, number>,
	figures: Figure[]
): string | null {
	if (question.kind !== 'single' || answers.size < 2) return null;
	const withPct = figures.filter((figure) => figure.pct !== null);
	if (withPct.length !== answers.size) return null;
	const sum = withPct.reduce((total, figure) => total + figure.pct!, 0);
	if (Math.abs(sum - 100) <= SINGLE_CHOICE_SUM_TOLERANCE) return null;
	return `the answers of single-choice question "${question.id}" sum to ${Number(sum.toFixed(2))} % (expected 100 ± ${SINGLE_CHOICE_SUM_TOLERANCE})`;
}
