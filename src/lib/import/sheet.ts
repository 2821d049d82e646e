import { decodeBytes } from '../data/decodeBytes';
import { parseCsv } from '../data/parseCsv';

/**
 * One sheet of the institute's tables as the reader saw it: the displayed text of every cell
 * ('' when empty), row by row, and how to name a cell's place so the user can find it.
 */
export interface Sheet {
	rows: string[][];
	/** `tris.xlsx!Q3!C14` for a workbook, `tris.csv:14:3` for a CSV file (0-based arguments). */
	place: (row: number, column: number) => string;
	/** Set when the bytes were not valid UTF-8 and were read as Windows-1252. */
	encoding?: 'utf-8' | 'windows-1252';
}

/**
 * The delimiter of a cross-tab export: the first line is a title whose wording may hold commas,
 * so the candidates are counted over the first lines; `;` (French Excel) wins a tie.
 *
 * @example
 * tablesDelimiter('Q1. Oui, non ?;;\n;Ensemble;Homme\nOui;63,5;60') // ';'
 */
export function tablesDelimiter(text: string): ',' | ';' | '\t' {
	const sample = text.slice(0, 4096);
	const count = (char: string) => sample.split(char).length - 1;
	const semicolons = count(';');
	const tabs = count('\t');
	const commas = count(',');
	if (tabs > semicolons && tabs > commas) return '\t';
	return commas > semicolons ? ',' : ';';
}

/**
 * Reads a CSV export of the tables (any delimiter, Windows-1252 or UTF-8) into a sheet whose
 * places are `file:line:column`, lines counted in the file as it is.
 *
 * @example
 * sheetFromCsv('tris.csv', bytes).place(0, 2) // 'tris.csv:1:3'
 */
export function sheetFromCsv(file: string, bytes: Uint8Array): Sheet {
	const { text, encoding } = decodeBytes(bytes);
	const parsed = parseCsv(text, tablesDelimiter(text));
	const all = parsed.header.cells.length > 0 ? [parsed.header, ...parsed.rows] : parsed.rows;
	const lines = all.map((row) => row.line);
	return {
		rows: all.map((row) => row.cells),
		place: (row, column) => `${file}:${lines[row] ?? row + 1}:${column + 1}`,
		encoding
	};
}
