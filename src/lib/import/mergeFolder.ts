import type { DataFile } from '../data/types';
import { csvField, readCsvTable, writeCsv, type CsvTable } from './csvText';
import type { ImportedFigure, Matched } from './matchBlocks';

export interface MergeOptions {
	year: number;
	population: string;
	fieldwork: { start: string; end: string } | null;
	/** The files read, named in waves.csv's source. */
	sources: readonly string[];
}

export interface Merged {
	/** Files of the folder that change, by name (`waves.csv`, `2021/public.csv`), as text. */
	files: Map<string, string>;
	/** What the merge replaced, for the report. */
	notes: string[];
	/** The figure files it wrote, with the figures each holds in file order (line 2 first). */
	figureFiles: { name: string; population: string; figures: ImportedFigure[] }[];
}

/** The columns of the figure files the import writes. */
export const figureHeader = [
	'question_id',
	'answer_id',
	'pct',
	'base',
	'approximate',
	'label_fr',
	'note',
	'source'
];
const populationsHeader = ['population', 'label_fr', 'label_en', 'order', 'parent'];
const labelMapHeader = ['kind', 'source_label', 'question_id', 'answer_id', 'population', 'status'];

/** A table's rows as records by column name, and back, adding the columns it lacks. */
function withColumns(table: CsvTable, needed: readonly string[]): CsvTable {
	const header = [...table.header];
	for (const name of needed) if (!header.includes(name)) header.push(name);
	return {
		header,
		rows: table.rows.map((row) => header.map((_, index) => row[index] ?? ''))
	};
}
function append(table: CsvTable, record: Record<string, string | number | null>) {
	table.rows.push(table.header.map((name) => String(record[name] ?? '')));
}

/**
 * Merges what the import matched into the data folder's files: the wave of P and of each
 * subgroup in waves.csv (replacing that year's rows of those populations), their figure files,
 * the new questions and answers, the subgroups in populations.csv (created from waves.csv when
 * the folder has none) and label_map.csv. Pure: files in, changed texts out.
 *
 * @example
 * mergeFolder(files, matched, { year: 2021, population: 'public', fieldwork: null, sources: ['tris.xlsx'] }).files.get('2021/public.csv')
 * // 'question_id,answer_id,pct,base,approximate,label_fr,note,source\nawareness_terms,sse,47,1002,,,,tris.xlsx!Tris!B6\n…'
 */
export function mergeFolder(
	folder: readonly DataFile[],
	matched: Matched,
	{ year, population, fieldwork, sources }: MergeOptions
): Merged {
	const byName = new Map(folder.map((file) => [file.name, file]));
	const table = (name: string): CsvTable | null => {
		const file = byName.get(name);
		return file ? readCsvTable(file.bytes) : null;
	};
	const files = new Map<string, string>();
	const notes: string[] = [];
	const figureFiles: Merged['figureFiles'] = [];

	const imported = [...matched.figures.keys()].filter(
		(id) => id === population || (matched.figures.get(id)?.length ?? 0) > 0
	);
	const labelOf = new Map(matched.subgroups.map((s) => [s.id, s.label]));

	const waveColumns = ['year', 'population', 'sample_size', 'fieldwork_start', 'fieldwork_end'];
	const waves = withColumns(table('waves.csv') ?? { header: [], rows: [] }, [
		...waveColumns,
		'method',
		'source'
	]);
	const at = (name: string) => waves.header.indexOf(name);
	const kept = waves.rows.filter(
		(row) => !(row[at('year')] === String(year) && imported.includes(row[at('population')]))
	);
	if (kept.length < waves.rows.length)
		notes.push(`waves.csv: the ${year} rows of ${imported.join(', ')} are replaced`);
	waves.rows = kept;
	for (const id of imported)
		append(waves, {
			year,
			population: id,
			sample_size: matched.sampleSizes.get(id) ?? null,
			fieldwork_start: fieldwork?.start ?? null,
			fieldwork_end: fieldwork?.end ?? null,
			source: `barometer import of ${sources.join(' ; ')}`,
			parent: id === population ? null : population
		});
	// populations.csv names each subgroup's parent; waves.csv's parent column, where the folder
	// still has one, is filled too.
	files.set('waves.csv', writeCsv(waves));

	for (const id of imported) {
		const name = `${year}/${id}.csv`;
		if (byName.has(name)) notes.push(`${name} is replaced`);
		const figures = matched.figures.get(id) ?? [];
		figureFiles.push({ name, population: id, figures });
		// Ids and numbers never need quotes: only the texts go through csvField (300,000 rows).
		let text = `${figureHeader.join(',')}\n`;
		for (const f of figures)
			text += `${f.questionId},${f.answerId},${f.pct},${f.base ?? ''},${f.approximate ? 'yes' : ''},${csvField(f.labelFr ?? '')},${csvField(f.note ?? '')},${csvField(f.source)}\n`;
		files.set(name, text);
	}

	if (matched.newQuestions.length > 0) {
		const questions = withColumns(table('questions.csv') ?? { header: [], rows: [] }, [
			'question_id',
			'theme',
			'kind',
			'label_fr',
			'label_en'
		]);
		for (const q of matched.newQuestions)
			append(questions, {
				question_id: q.id,
				theme: q.theme,
				kind: q.kind,
				label_fr: q.labelFr,
				label_en: q.labelEn
			});
		files.set('questions.csv', writeCsv(questions));
		// A folder with themes.csv needs a row for every theme: a new one is named by its id until edited.
		const themes = table('themes.csv');
		if (themes) {
			const known = new Set(themes.rows.map((row) => row[themes.header.indexOf('theme')]));
			for (const theme of new Set(matched.newQuestions.map((q) => q.theme)))
				if (!known.has(theme)) append(themes, { theme, label_fr: theme, label_en: theme });
			files.set('themes.csv', writeCsv(themes));
		}
	}
	if (matched.newAnswers.length > 0) {
		const answers = withColumns(table('answers.csv') ?? { header: [], rows: [] }, [
			'question_id',
			'answer_id',
			'label_fr',
			'label_en',
			'order'
		]);
		for (const a of matched.newAnswers)
			append(answers, {
				question_id: a.questionId,
				answer_id: a.id,
				label_fr: a.labelFr,
				label_en: a.labelEn,
				order: a.order
			});
		files.set('answers.csv', writeCsv(answers));
	}

	const existing = table('populations.csv');
	const populations = withColumns(existing ?? { header: [], rows: [] }, populationsHeader);
	const listed = new Set(
		populations.rows.map((row) => row[populations.header.indexOf('population')])
	);
	const parentOf = new Map<string, string>();
	for (const row of waves.rows) {
		const id = row[at('population')];
		const parent =
			at('parent') === -1
				? matched.subgroups.some((s) => s.id === id)
					? population
					: ''
				: row[at('parent')];
		if (!parentOf.has(id) || parent) parentOf.set(id, parent);
	}
	for (const [id, parent] of parentOf) {
		if (listed.has(id) || (existing && !imported.includes(id))) continue;
		listed.add(id);
		// A population without a label of its own in the folder is named by its id until edited.
		const label = labelOf.get(id) ?? id;
		append(populations, {
			population: id,
			label_fr: label,
			label_en: label,
			order: populations.rows.length + 1,
			parent
		});
	}
	files.set('populations.csv', writeCsv(populations));

	if (matched.labelMap.length > 0 || byName.has('label_map.csv'))
		files.set(
			'label_map.csv',
			writeCsv({
				header: labelMapHeader,
				rows: matched.labelMap.map((row) => [
					row.kind,
					row.sourceLabel,
					row.questionId ?? '',
					row.answerId ?? '',
					row.population ?? '',
					row.status
				])
			})
		);
	return { files, notes, figureFiles };
}
