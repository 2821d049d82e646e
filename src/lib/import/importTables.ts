import { readTable } from '../data/readTable';
import { schema } from '../data/schema';
import { validateLabelMap } from '../data/files/validateLabelMap';
import { validateWaveFile, waveFileContext } from '../data/files/validateWaveFile';
import { validateDataset } from '../data/validateDataset';
import type { DataFile, Issue } from '../data/types';
import { readCsvTable } from './csvText';
import { matchBlocks, type KnownPopulation } from './matchBlocks';
import { figureTable } from './figureTable';
import { mergeFolder } from './mergeFolder';
import { readBlocks } from './readBlocks';
import type { Sheet } from './sheet';
import type { ReportEntry } from './types';

export interface ImportOptions {
	year: number;
	population: string;
	fieldwork: { start: string; end: string } | null;
	acceptProposals: boolean;
	/** The files the sheets come from, for waves.csv's source. */
	sources: readonly string[];
	/** How the --data folder and the output folder are named in messages. */
	dataRoot: string;
	outRoot: string;
}

export interface ImportCounts {
	cellsRead: number;
	figuresImported: number;
	netsSkipped: number;
	proposals: number;
	/** Label map rows still `proposed` (new or from earlier imports). */
	waiting: number;
	errors: number;
}

export interface ImportOutcome {
	/** Every file of the merged folder, by name; null when there were errors (nothing to write). */
	files: DataFile[] | null;
	/** Names of the files the import changed or added. */
	changed: string[];
	entries: ReportEntry[];
	/** Problems of the --data folder or of the merged folder, as the validator words them. */
	issues: Issue[];
	notes: string[];
	counts: ImportCounts;
	/** 0 all imported, 3 written with proposals waiting, 1 errors (nothing written). */
	exitCode: 0 | 1 | 3;
}

/**
 * The whole import, pure: reads the tables of the sheets, matches them to the data folder's
 * codebook and label map, merges them into the folder and validates the result in memory, so
 * that a folder with errors is never written.
 *
 * @example
 * const outcome = importTables([sheet], folderFiles, { year: 2021, population: 'public', … });
 * outcome.counts // { cellsRead: 412, figuresImported: 96, netsSkipped: 4, proposals: 9, waiting: 9, errors: 0 }
 */
export function importTables(
	sheets: readonly Sheet[],
	folder: readonly DataFile[],
	options: ImportOptions
): ImportOutcome {
	const entries: ReportEntry[] = [];
	const counts: ImportCounts = {
		cellsRead: 0,
		figuresImported: 0,
		netsSkipped: 0,
		proposals: 0,
		waiting: 0,
		errors: 0
	};
	const fail = (issues: Issue[], notes: string[] = []): ImportOutcome => {
		counts.errors =
			entries.filter((entry) => entry.kind === 'error').length +
			issues.filter((issue) => issue.severity === 'error').length;
		return { files: null, changed: [], entries, issues, notes, counts, exitCode: 1 };
	};

	const blocks = sheets.flatMap((sheet) => {
		const reading = readBlocks(sheet);
		entries.push(...reading.entries);
		counts.cellsRead += reading.cellsRead;
		counts.netsSkipped += reading.netsSkipped;
		return reading.blocks;
	});

	const current = validateDataset(folder, options.dataRoot);
	if (current.errorCount > 0)
		return fail(current.issues.filter((issue) => issue.severity === 'error'));
	const { questions, answers, waves } = current.dataset;
	const labelMapFile = folder.find((file) => file.name === 'label_map.csv');
	const labelMap = labelMapFile
		? validateLabelMap(
				readTable(labelMapFile.path, labelMapFile.bytes, schema.labelMap),
				labelMapFile.path,
				questions,
				answers
			).records
		: [];
	const populationsFile = folder.find((file) => file.name === 'populations.csv');
	const populations: KnownPopulation[] = [];
	if (populationsFile) {
		const { header, rows } = readCsvTable(populationsFile.bytes);
		const [id, label, parent] = ['population', 'label_fr', 'parent'].map((name) =>
			header.indexOf(name)
		);
		for (const row of rows)
			if (row[id])
				populations.push({ id: row[id], labelFr: row[label] || null, parent: row[parent] || null });
	}
	for (const wave of waves)
		if (!populations.some((p) => p.id === wave.population))
			populations.push({ id: wave.population, labelFr: null, parent: wave.parent });

	const matched = matchBlocks(
		blocks,
		{ questions, answers, labelMap, populations },
		{ population: options.population, acceptProposals: options.acceptProposals }
	);
	entries.push(...matched.entries);
	counts.figuresImported = matched.figureCount;
	counts.proposals = matched.newProposals;
	counts.waiting = matched.labelMap.filter((row) => row.status === 'proposed').length;
	if (blocks.length === 0)
		entries.push({
			place: options.sources.join(', ') || '(no file)',
			kind: 'error',
			message: 'no question table found (a title row, then a header row with Ensemble or Total)'
		});
	if (entries.some((entry) => entry.kind === 'error')) return fail([]);

	const merged = mergeFolder(folder, matched, options);
	const encoder = new TextEncoder();
	const byName = new Map(folder.map((file) => [file.name, file.bytes]));
	for (const [name, text] of merged.files) byName.set(name, encoder.encode(text));
	const files = [...byName]
		.map(([name, bytes]) => ({ name, path: `${options.outRoot}/${name}`, bytes }))
		.sort((a, b) => a.name.localeCompare(b.name));
	// The figure files are checked from the values they were written from (the text is writeCsv
	// of the same values): parsing 300,000 rows again would cost more than the whole import.
	const written = new Set(merged.figureFiles.map((file) => file.name));
	const result = validateDataset(
		files.filter((file) => !written.has(file.name)),
		options.outRoot
	);
	const context = waveFileContext(
		result.dataset.waves,
		result.dataset.questions,
		result.dataset.answers
	);
	const checked = [...result.issues];
	for (const file of merged.figureFiles)
		checked.push(
			...validateWaveFile(
				figureTable(file.figures),
				`${options.outRoot}/${file.name}`,
				{ year: options.year, population: file.population },
				context
			).issues
		);
	const issues = checked.filter(
		(issue) =>
			issue.severity === 'error' || merged.files.has(issue.file.slice(options.outRoot.length + 1))
	);
	if (issues.some((issue) => issue.severity === 'error')) return fail(issues, merged.notes);
	return {
		files,
		changed: [...merged.files.keys()].sort(),
		entries,
		issues,
		notes: merged.notes,
		counts,
		exitCode: counts.waiting > 0 ? 3 : 0
	};
}
