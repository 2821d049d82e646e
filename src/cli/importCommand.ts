import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIsoDate, readId, readYear } from '../lib/data/cellValues';
import { formatIssue, sortIssues } from '../lib/data/formatIssue';
import { importTables } from '../lib/import/importTables';
import { sheetFromCsv, type Sheet } from '../lib/import/sheet';
import { readDataFolder } from '../lib/server/readDataFolder';

export const importUsage = `Usage: barometer import FILE... --year Y --population P --out OUT [options]

Reads the institute's cross-tab tables (a workbook .xlsx/.xls/.ods, or its CSV export) and writes
the complete data folder with the new wave to OUT; the --data folder is read, never written.

Options:
  --year Y                  fieldwork year of the wave
  --population P            the population of the Ensemble column (subgroups become P_<label>)
  --data DIR                the data folder to merge into (default: data)
  --out OUT                 where the merged folder is written (a new or empty folder)
  --accept-proposals        confirm every proposed mapping in label_map.csv
  --fieldwork START:END     fieldwork dates (ISO: 2021-09-13:2021-09-20)

Exit: 0 everything imported, 3 written with proposals waiting, 1 errors (nothing written).`;

const workbookExtensions = ['.xlsx', '.xlsm', '.xls', '.ods'];

interface Arguments {
	files: string[];
	year: number;
	population: string;
	data: string;
	out: string;
	acceptProposals: boolean;
	fieldwork: { start: string; end: string } | null;
}

function parseArguments(args: string[]): Arguments | string {
	const files: string[] = [];
	const values = new Map<string, string>();
	let acceptProposals = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--accept-proposals') acceptProposals = true;
		else if (['--year', '--population', '--data', '--out', '--fieldwork'].includes(arg)) {
			const value = args[i + 1];
			if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
			values.set(arg, value);
			i++;
		} else if (arg.startsWith('-')) return `unexpected argument "${arg}"`;
		else files.push(arg);
	}
	if (files.length === 0) return 'give at least one FILE to import';
	const year = readYear(values.get('--year') ?? '');
	if (!year.ok) return `--year: ${year.expected}`;
	const population = readId(values.get('--population') ?? '');
	if (!population.ok) return `--population: ${population.expected}`;
	const out = values.get('--out');
	if (!out) return '--out OUT is required';
	let fieldwork = null;
	const dates = values.get('--fieldwork');
	if (dates !== undefined) {
		const [start, end, ...rest] = dates.split(':');
		const ok = rest.length === 0 && [start, end].every((date) => date && readIsoDate(date).ok);
		if (!ok) return '--fieldwork: expected START:END, two ISO dates such as 2021-09-13:2021-09-20';
		fieldwork = { start, end };
	}
	return {
		files,
		year: year.value,
		population: population.value,
		data: values.get('--data') ?? 'data',
		out,
		acceptProposals,
		fieldwork
	};
}

async function isEmptyOrMissing(folder: string): Promise<boolean> {
	try {
		return (await readdir(folder)).length === 0;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}

/**
 * `barometer import`: reads the files, imports them in memory, and writes the merged folder to
 * OUT only when there is no error. The workbook library is loaded here, on demand.
 */
export async function importCommand(
	args: string[],
	out: (text: string) => void,
	err: (text: string) => void
): Promise<number> {
	const parsed = parseArguments(args);
	if (typeof parsed === 'string') {
		err(`barometer import: ${parsed}`);
		err(importUsage);
		return 2;
	}
	if (path.resolve(parsed.out) === path.resolve(parsed.data)) {
		err('barometer import: --out must not be the --data folder, which is never written');
		return 1;
	}
	if (!(await isEmptyOrMissing(parsed.out))) {
		err(`barometer import: ${parsed.out} is not empty; give a new or empty folder as --out`);
		return 1;
	}

	const sheets: Sheet[] = [];
	for (const file of parsed.files) {
		let bytes: Uint8Array;
		try {
			bytes = await readFile(file);
		} catch (error) {
			err(`${file}:1:1: error: cannot read the file (${(error as NodeJS.ErrnoException).code})`);
			return 1;
		}
		if (workbookExtensions.includes(path.extname(file).toLowerCase())) {
			const { sheetsFromWorkbook } = await import('../lib/import/workbookSheets');
			try {
				sheets.push(...sheetsFromWorkbook(file, bytes).map((named) => named.sheet));
			} catch (error) {
				err(
					`${file}:1:1: error: not a readable workbook (${error instanceof Error ? error.message : String(error)})`
				);
				return 1;
			}
		} else {
			const sheet = sheetFromCsv(file, bytes);
			if (sheet.encoding === 'windows-1252')
				out(`${file}:1:1: warning: not valid UTF-8: read as Windows-1252`);
			sheets.push(sheet);
		}
	}

	let folder;
	try {
		folder = await readDataFolder(parsed.data);
	} catch (error) {
		err(
			`${parsed.data}:1:1: error: cannot read the data folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`
		);
		return 1;
	}
	const outRoot = parsed.out.replace(/\/+$/, '');
	const outcome = importTables(sheets, folder, {
		year: parsed.year,
		population: parsed.population,
		fieldwork: parsed.fieldwork,
		acceptProposals: parsed.acceptProposals,
		sources: parsed.files.map((file) => path.basename(file)),
		dataRoot: parsed.data.replace(/\/+$/, ''),
		outRoot
	});

	for (const entry of outcome.entries) out(`${entry.place}: ${entry.kind}: ${entry.message}`);
	for (const issue of sortIssues(outcome.issues)) out(formatIssue(issue));
	for (const note of outcome.notes) out(`note: ${note}`);
	const { counts } = outcome;
	out(
		`cells read: ${counts.cellsRead}, figures imported: ${counts.figuresImported}, nets skipped: ${counts.netsSkipped}, proposals: ${counts.proposals} new (${counts.waiting} waiting), errors: ${counts.errors}`
	);
	if (!outcome.files) {
		err(
			`barometer import: ${counts.errors} error${counts.errors === 1 ? '' : 's'}; nothing written`
		);
		return 1;
	}

	// The folder as a whole (README, sources/), then the merged CSV files over it.
	await mkdir(outRoot, { recursive: true });
	await cp(parsed.data, outRoot, { recursive: true });
	for (const name of outcome.changed) {
		const file = outcome.files.find((candidate) => candidate.name === name)!;
		await mkdir(path.dirname(path.join(outRoot, name)), { recursive: true });
		await writeFile(path.join(outRoot, name), file.bytes);
	}
	out(
		outcome.exitCode === 3
			? `written to ${outRoot}, with ${counts.waiting} proposal${counts.waiting === 1 ? '' : 's'} waiting in label_map.csv (check them, then run again with --accept-proposals)`
			: `written to ${outRoot}`
	);
	return outcome.exitCode;
}
