/**
 * `npm run bench [-- --json] [-- --runs N] [-- --warmup N] [-- --import-runs N]`
 *
 * Times the whole data pipeline, parse + validate (validateDataset) then analyse (analyseDataset:
 * every estimate, change and gap), against a floor: decoding each file's bytes to text and a bare
 * `Papa.parse(text)` (default options, strings). Two data sets: the bundled `data/` folder and a
 * generated one (scripts/bench/generateDataset.ts, 72,000 figure rows).
 *
 * The machine is noisy, so the floor and the pipeline run in the same loop, in alternating order,
 * each after a full garbage collection (so neither pays for the other's garbage), and every figure
 * reported is a median; the ratios are medians of the per-run ratios (floor and pipeline of the same
 * iteration). Nothing is asserted on wall-clock time: the aim (whole ≤ 1.5 × floor) is reported,
 * not enforced. The small bundled set gets 10 times the runs and warm-ups.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import Papa from 'papaparse';
import { analyseDataset } from '../src/lib/analysis/analyseDataset';
import { validateDataset, type DataFile } from '../src/lib/data/validateDataset';
import { readDataFolder } from '../src/lib/server/readDataFolder';
import { read } from '@e965/xlsx';
import { importTables, type ImportOptions } from '../src/lib/import/importTables';
import { sheetFromCsv } from '../src/lib/import/sheet';
import { sheetsFromWorkbook } from '../src/lib/import/workbookSheets';
import { generateDataset } from './bench/generateDataset';
import { generateTableFiles } from './bench/generateTables';

const AIM = 1.5;
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number, min: number) => {
	const at = args.indexOf(name);
	const value = at === -1 ? fallback : Number(args[at + 1]);
	if (!Number.isInteger(value) || value < min)
		throw new Error(`${name} takes a whole number ≥ ${min}`);
	return value;
};
const runs = option('--runs', 15, 1);
const warmup = option('--warmup', 3, 0);

// A full collection before each timed section, without needing `node --expose-gc`.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Keeps results alive so the engine cannot drop the work. */
let sink = 0;

function floor(files: readonly DataFile[]): number {
	gc();
	const start = performance.now();
	const decoder = new TextDecoder();
	for (const file of files) sink += Papa.parse<string[]>(decoder.decode(file.bytes)).data.length;
	return performance.now() - start;
}

function pipeline(files: readonly DataFile[], root: string): { validate: number; analyse: number } {
	gc();
	const start = performance.now();
	const result = validateDataset(files, root);
	const validated = performance.now();
	const analysis = analyseDataset(result.dataset);
	const end = performance.now();
	sink += analysis.estimates.length + analysis.changes.length + analysis.gaps.length;
	return { validate: validated - start, analyse: end - validated };
}

function bench(name: string, files: DataFile[], root: string, runs: number, warmup: number) {
	const check = validateDataset(files, root);
	const analysis = analyseDataset(check.dataset);
	const samples = {
		floor: [] as number[],
		validate: [] as number[],
		analyse: [] as number[],
		whole: [] as number[]
	};
	const ratios = {
		validate: [] as number[],
		analyse: [] as number[],
		whole: [] as number[],
		analyseToValidate: [] as number[]
	};
	for (let run = 0; run < warmup + runs; run++) {
		// Alternate the order so neither side always runs on a warmer (or more fragmented) heap.
		let floorMs: number;
		let stages: { validate: number; analyse: number };
		if (run % 2 === 0) {
			floorMs = floor(files);
			stages = pipeline(files, root);
		} else {
			stages = pipeline(files, root);
			floorMs = floor(files);
		}
		if (run < warmup) continue;
		const whole = stages.validate + stages.analyse;
		samples.floor.push(floorMs);
		samples.validate.push(stages.validate);
		samples.analyse.push(stages.analyse);
		samples.whole.push(whole);
		ratios.validate.push(stages.validate / floorMs);
		ratios.analyse.push(stages.analyse / floorMs);
		ratios.whole.push(whole / floorMs);
		ratios.analyseToValidate.push(stages.analyse / stages.validate);
	}
	const rows = check.files.reduce((total, file) => total + file.rows, 0);
	const wholeMs = median(samples.whole);
	return {
		name,
		runs,
		warmup,
		files: files.length,
		rows,
		figures: check.dataset.figures.length,
		bytes: files.reduce((total, file) => total + file.bytes.length, 0),
		errors: check.errorCount,
		warnings: check.issues.length - check.errorCount,
		outputs: {
			estimates: analysis.estimates.length,
			changes: analysis.changes.length,
			gaps: analysis.gaps.length
		},
		medianMs: {
			floor: median(samples.floor),
			validate: median(samples.validate),
			analyse: median(samples.analyse),
			whole: wholeMs
		},
		rowsPerSecond: Math.round(rows / (wholeMs / 1000)),
		ratioToFloor: {
			validate: median(ratios.validate),
			analyse: median(ratios.analyse),
			whole: median(ratios.whole)
		},
		/** What analysis adds to parse + validate. */
		analyseToValidate: median(ratios.analyseToValidate),
		withinAim: median(ratios.whole) <= AIM
	};
}

/** The institute's tables: about 4,000 questions × 6 answers × 13 columns, a 5 MB workbook. */
const IMPORT_QUESTIONS = 4000;
const importOptions: ImportOptions = {
	year: 2021,
	population: 'public',
	fieldwork: null,
	// The subgroup columns are new populations: confirmed, as a second year's import would find them.
	acceptProposals: true,
	sources: ['tris'],
	dataRoot: 'generated',
	outRoot: 'out'
};

/**
 * `barometer import` of the workbook and of its CSV export, each read, matched, merged and
 * validated (importTables), against the bare read of the same bytes: the workbook library's own
 * `read`, and TextDecoder + Papa.parse for the CSV. Same alternating, garbage-collected loop.
 */
function importBench(runs: number, warmup: number) {
	const { workbook, csv, folder } = generateTableFiles(IMPORT_QUESTIONS);
	const check = importTables([sheetFromCsv('tris.csv', csv)], folder, importOptions);
	if (check.exitCode !== 0) throw new Error('the generated tables do not import cleanly');
	const decoder = new TextDecoder('windows-1252');
	const kinds = {
		workbook: {
			bytes: workbook.length,
			floor: () => {
				sink += read(workbook, { type: 'array' }).SheetNames.length;
			},
			whole: () => {
				const sheets = sheetsFromWorkbook('tris.xlsx', workbook).map((named) => named.sheet);
				sink += importTables(sheets, folder, importOptions).counts.figuresImported;
			}
		},
		csv: {
			bytes: csv.length,
			floor: () => {
				sink += Papa.parse<string[]>(decoder.decode(csv)).data.length;
			},
			whole: () => {
				sink += importTables([sheetFromCsv('tris.csv', csv)], folder, importOptions).counts
					.figuresImported;
			}
		}
	};
	const timed = (work: () => void) => {
		gc();
		const start = performance.now();
		work();
		return performance.now() - start;
	};
	return Object.entries(kinds).map(([name, kind]) => {
		const floors: number[] = [];
		const wholes: number[] = [];
		const ratios: number[] = [];
		for (let run = 0; run < warmup + runs; run++) {
			const [floorMs, wholeMs] =
				run % 2 === 0
					? [timed(kind.floor), timed(kind.whole)]
					: [timed(kind.whole), timed(kind.floor)].reverse();
			if (run < warmup) continue;
			floors.push(floorMs);
			wholes.push(wholeMs);
			ratios.push(wholeMs / floorMs);
		}
		return {
			name,
			bytes: kind.bytes,
			figures: check.counts.figuresImported,
			cells: check.counts.cellsRead,
			medianMs: { floor: median(floors), import: median(wholes) },
			importToFloor: median(ratios)
		};
	});
}

const importRuns = option('--import-runs', 5, 1);
const importResults = importBench(importRuns, 1);

const results = [
	bench('data/ (bundled)', await readDataFolder('data'), 'data', runs * 10, warmup * 10),
	bench('generated 30×2×200×6', generateDataset(), 'generated', runs, warmup)
];

if (json) {
	console.log(
		JSON.stringify(
			{
				node: process.version,
				aim: { wholeToFloor: AIM },
				datasets: results,
				import: importResults
			},
			null,
			2
		)
	);
} else {
	const fixed = (value: number, digits = 2) => value.toFixed(digits);
	const table: string[][] = [
		[
			'data set',
			'files',
			'rows',
			'bytes',
			'floor ms',
			'validate ms',
			'analyse ms',
			'whole ms',
			'rows/s',
			'validate/floor',
			'analyse/validate',
			'whole/floor'
		],
		...results.map((r) => [
			r.name,
			String(r.files),
			String(r.rows),
			String(r.bytes),
			fixed(r.medianMs.floor),
			fixed(r.medianMs.validate),
			fixed(r.medianMs.analyse),
			fixed(r.medianMs.whole),
			String(r.rowsPerSecond),
			fixed(r.ratioToFloor.validate),
			fixed(r.analyseToValidate),
			`${fixed(r.ratioToFloor.whole)}${r.withinAim ? '' : ' (above aim)'}`
		])
	];
	const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
	console.log(
		`Pipeline (validateDataset + analyseDataset) vs floor (TextDecoder + Papa.parse), Node ${process.version}`
	);
	console.log(
		`medians of ${results.map((r) => `${r.runs} runs after ${r.warmup} warm-ups (${r.name})`).join(', ')}`
	);
	console.log(
		`ratios are medians of per-run ratios; validate = decode + parse + validate; aim: whole/floor ≤ ${AIM}\n`
	);
	for (const row of table)
		console.log(
			row
				.map((cell, column) =>
					column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
				)
				.join('  ')
		);
	console.log('');
	console.log(
		`\nbarometer import (read + match + merge + validate) vs bare read, ${IMPORT_QUESTIONS} tables, medians of ${importRuns} runs`
	);
	for (const r of importResults)
		console.log(
			`${r.name.padEnd(8)}  ${String(r.bytes).padStart(8)} bytes  ${r.cells} cells  ${r.figures} figures  read ${r.medianMs.floor.toFixed(0)} ms  import ${r.medianMs.import.toFixed(0)} ms  import/read ${r.importToFloor.toFixed(2)}`
		);
	for (const r of results) {
		console.log(
			`${r.name}: ${r.figures} figures → ${r.outputs.estimates} estimates, ${r.outputs.changes} changes, ${r.outputs.gaps} gaps; ${r.errors} errors, ${r.warnings} warnings`
		);
	}
}
if (sink < 0) console.log(sink);
