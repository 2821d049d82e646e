import { readCount, readNumber } from '../data/cellValues';
import { truncate } from '../data/truncate';
import { normaliseLabel } from '../data/normaliseLabel';
import { readFigureText } from './readFigureText';
import type { Sheet } from './sheet';
import type { BannerColumn, Block, CellFigure, ReportEntry } from './types';

/** What reading one sheet gave: its tables, the cells it left out, and counts for the report. */
export interface SheetReading {
	blocks: Block[];
	entries: ReportEntry[];
	cellsRead: number;
	netsSkipped: number;
}

const numbered = /^\s*(?:question|q)\s*\d+[a-z]?\s*(?:[.:)\u2013\u2014-]|\s)/i;
const noteStart = /^\s*(?:\*|\(\*|source\b|sources\b|lecture\b|notes?\b|nb\b|n\.b\.)/i;
const filterStart = /^\s*(?:base|filtre|champ)\s*:/i;

const isNote = (text: string) => noteStart.test(text);
const isFilter = (text: string) => filterStart.test(text);
const isEnsemble = (text: string) => {
	const label = normaliseLabel(text);
	return label === 'ensemble' || label === 'total' || label.startsWith('ensemble ');
};
// The label tests below take a label normalised once per row (normaliseLabel).
/** "Total", "Sous-total", "S/T": nets of other answers, never answers themselves. */
const isNet = (key: string) => /^(?:total|sous total|s t|st)(?: |$)/.test(key);
const isBaseLabel = (key: string) => /^(?:base|effectifs?)(?: |$)/.test(key);
const isWeighted = (key: string) =>
	(key.includes('ponder') && !key.includes('non ponder')) ||
	(key.includes('weighted') && !key.includes('unweighted'));
const looksNumeric = (text: string) => {
	const trimmed = text.trim();
	return /^[-*\u2013\u2014]$/.test(trimmed) || readNumber(trimmed).ok;
};

interface TitleState {
	at: 'title';
	title: string;
	r: number;
	c: number;
	filter: string | null;
	groups: string[];
}
type State =
	| { at: 'outside' }
	| TitleState
	| {
			at: 'table';
			block: Block;
			labelColumn: number;
			columns: number[];
			hasBase: boolean;
			/** Some figure was written with a % sign. */
			percentSign: boolean;
	  };

/** The columns of a row holding text. */
function filled(row: readonly string[]): number[] {
	const columns: number[] = [];
	for (let c = 0; c < row.length; c++) if (row[c].trim() !== '') columns.push(c);
	return columns;
}

/**
 * Finds the question tables of a sheet and reads them: title row ("Q3. …"), optional filter line
 * ("Base : …"), variable-name rows, the banner header (Ensemble or Total, then subgroups), base
 * rows (the unweighted one is n; a weighted one is reported, not imported), answer rows, nets
 * (skipped) and notes. Every non-empty cell is used or gets a report entry with its place. Never
 * throws, whatever the grid.
 *
 * @example
 * readBlocks(sheetFromCsv('tris.csv', bytes)).blocks[0].answers[0]
 * // { label: 'Oui', place: 'tris.csv:6:1', figures: [{ pct: 63, approximate: false, place: 'tris.csv:6:2' }, …] }
 */
export function readBlocks(sheet: Sheet): SheetReading {
	const { rows, place } = sheet;
	const entries: ReportEntry[] = [];
	const blocks: Block[] = [];
	let cellsRead = 0;
	let netsSkipped = 0;
	const skip = (r: number, c: number, message: string, kind: ReportEntry['kind'] = 'skipped') =>
		entries.push({ place: place(r, c), kind, message });

	/** True when a header row comes within a few rows, before any figure. */
	function headerAhead(from: number, titleColumn: number): boolean {
		for (let r = from, seen = 0; r < rows.length && seen < 5; r++) {
			const columns = filled(rows[r]);
			if (columns.length === 0) continue;
			seen++;
			if (columns.some((c) => c > titleColumn && isEnsemble(rows[r][c]))) return true;
			// Another numbered title comes first: this row is a heading, not the table's title.
			if (columns.length === 1 && numbered.test(rows[r][columns[0]])) return false;
			if (columns.some((c) => looksNumeric(rows[r][c]))) return false;
		}
		return false;
	}
	function isTitle(r: number, columns: number[]): boolean {
		if (columns.length !== 1) return false;
		const text = rows[r][columns[0]];
		if (looksNumeric(text) || isNote(text) || isFilter(text) || isNet(normaliseLabel(text)))
			return false;
		return numbered.test(text) || headerAhead(r + 1, columns[0]);
	}

	let state: State = { at: 'outside' };

	function finish() {
		if (state.at === 'title')
			skip(
				state.r,
				state.c,
				'a title with no table under it (no Ensemble/Total header row)',
				'error'
			);
		if (state.at === 'table') {
			const { block } = state;
			if (!state.hasBase)
				entries.push({
					place: block.place,
					kind: 'warning',
					message: 'no unweighted base row: the figures are imported without a base'
				});
			asProportions(block, state.percentSign, entries);
			blocks.push(block);
		}
		state = { at: 'outside' };
	}

	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		const columns = filled(row);
		cellsRead += columns.length;
		if (columns.length === 0) continue;

		if (isTitle(r, columns)) {
			finish();
			state = {
				at: 'title',
				title: row[columns[0]].trim(),
				r,
				c: columns[0],
				filter: null,
				groups: []
			};
			continue;
		}

		if (state.at === 'outside') {
			for (const c of columns) skip(r, c, "outside any question's table: not read");
			continue;
		}

		if (state.at === 'title') {
			const title: TitleState = state;
			const ensemble = columns.find((c) => c > title.c && isEnsemble(row[c]));
			const labelColumn = title.c;
			const groups = title.groups;
			if (ensemble !== undefined) {
				const banner = columns.filter((c) => c >= ensemble);
				for (const c of columns)
					if (c < ensemble) skip(r, c, 'before the Ensemble column of the header row: not read');
				const bannerColumns: BannerColumn[] = banner.map((c) => ({
					label: row[c].trim(),
					group: c === ensemble ? null : (groupAt(groups, c) ?? null),
					place: place(r, c)
				}));
				state = {
					at: 'table',
					labelColumn,
					columns: banner,
					hasBase: false,
					percentSign: false,
					block: {
						title: title.title,
						place: place(title.r, title.c),
						filter: title.filter,
						columns: bannerColumns,
						bases: banner.map(() => null),
						answers: [],
						notes: []
					}
				};
				continue;
			}
			if (columns.length === 1 && isFilter(row[columns[0]])) {
				title.filter = row[columns[0]].trim();
				continue;
			}
			if (columns.every((c) => c > title.c && !looksNumeric(row[c]))) {
				const groups: string[] = [];
				for (const c of columns) groups[c] = row[c].trim();
				title.groups = groups;
				continue;
			}
			for (const c of columns) skip(r, c, "between the title and the table's header row: not read");
			continue;
		}

		// Inside a table.
		const table = state;
		const { block, labelColumn } = table;
		const label = (row[labelColumn] ?? '').trim();
		// Only base rows (Base, Effectifs) and nets (Total, Sous-total, S/T) are told by their
		// label: other rows skip the normalising, the costliest step per row.
		const key = /^\s*[bestBEST]/.test(label) ? normaliseLabel(label) : '';
		const others = columns.filter((c) => c !== labelColumn);
		for (const c of others)
			if (!state.columns.includes(c)) skip(r, c, "outside the table's columns: not read");
		const cells = state.columns.map((c) => (row[c] ?? '').trim());
		const at = state.columns;

		if (others.length === 0) {
			if (isNote(label) || isFilter(label)) block.notes.push(label);
			else skip(r, labelColumn, 'a label without figures: not read');
			continue;
		}
		if (label === '') {
			cells.forEach((text, i) => {
				if (text !== '') skip(r, at[i], 'a figure without an answer label in its row', 'error');
			});
			continue;
		}
		if (isBaseLabel(key)) {
			if (isWeighted(key)) {
				cells.forEach((text, i) => {
					if (text !== '') skip(r, at[i], 'weighted base: not imported (n is the unweighted base)');
				});
				continue;
			}
			if (state.hasBase) {
				cells.forEach((text, i) => {
					if (text !== '') skip(r, at[i], 'a second unweighted base row: not read', 'error');
				});
				continue;
			}
			state.hasBase = true;
			cells.forEach((text, i) => {
				if (text === '') return;
				const count = readCount(text);
				if (count.ok) block.bases[i] = count.value;
				else
					skip(
						r,
						at[i],
						`base ${JSON.stringify(truncate(text))} is not ${count.expected}`,
						'error'
					);
			});
			continue;
		}
		if (isNet(key)) {
			cells.forEach((text, i) => {
				if (text === '') return;
				netsSkipped++;
				skip(r, at[i], `"${truncate(label)}" is a net of other answers, not an answer: skipped`);
			});
			continue;
		}
		const figures: (CellFigure | null)[] = cells.map((text, i) => {
			if (text === '') {
				skip(r, at[i], `"${truncate(label)}": empty cell, no figure`);
				return null;
			}
			const read = readFigureText(text);
			if (!read.ok) {
				skip(r, at[i], `${JSON.stringify(truncate(text))} is ${read.message}`, 'error');
				return null;
			}
			const figure = { pct: read.pct, approximate: read.approximate, place: place(r, at[i]) };
			if (read.percentSign) table.percentSign = true;
			return figure;
		});
		block.answers.push({ label, place: place(r, labelColumn), figures });
	}
	finish();
	return { blocks, entries, cellsRead, netsSkipped };
}

/** The variable name above a column: the nearest filled cell to its left (merged cells read blank). */
function groupAt(groups: readonly string[], column: number): string | undefined {
	for (let c = column; c >= 0; c--) if (groups[c]) return groups[c];
	return undefined;
}

/**
 * A table whose figures are all between 0 and 1, none with a % sign and some fractional, holds
 * proportions (a percent format lost on export): they are read as percentages, with a warning.
 */
function asProportions(block: Block, percentSign: boolean, entries: ReportEntry[]) {
	if (percentSign) return;
	const figures = block.answers.flatMap((answer) =>
		answer.figures.filter((figure) => figure !== null)
	);
	const proportions =
		figures.length > 0 &&
		figures.every((figure) => figure.pct <= 1) &&
		figures.some((figure) => !Number.isInteger(figure.pct));
	if (!proportions) return;
	for (const figure of figures) figure.pct = Math.round(figure.pct * 100 * 1e6) / 1e6;
	entries.push({
		place: block.place,
		kind: 'warning',
		message: 'every figure is between 0 and 1 without a % sign: read as proportions (× 100)'
	});
}
