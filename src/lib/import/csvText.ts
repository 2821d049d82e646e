import { decodeBytes } from '../data/decodeBytes';
import { parseCsv } from '../data/parseCsv';

/** A CSV file as its header names and rows of cells. */
export interface CsvTable {
	header: string[];
	rows: string[][];
}

/**
 * Reads a file of the data folder for rewriting: its header and its rows, cells as they are.
 *
 * @example
 * readCsvTable(new TextEncoder().encode('a,b\n1,2\n')) // { header: ['a', 'b'], rows: [['1', '2']] }
 */
export function readCsvTable(bytes: Uint8Array): CsvTable {
	const parsed = parseCsv(decodeBytes(bytes).text);
	return { header: parsed.header.cells, rows: parsed.rows.map((row) => row.cells) };
}

const needsQuotes = /[",\n\r]|^\s|\s$/;

/**
 * One field in the canonical form: quoted only when it holds `,`, `"`, a line break, or starts or
 * ends with a space.
 *
 * @example
 * csvField('x, y') // '"x, y"'
 */
export function csvField(value: string): string {
	return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes a table in the folder's canonical form: `,`, RFC 4180 quoting only where needed, LF.
 * Labels are written as they are: text, never markup, and a leading `=` stays a character.
 *
 * @example
 * writeCsv({ header: ['a', 'b'], rows: [['x, y', '2']] }) // 'a,b\n"x, y",2\n'
 */
export function writeCsv({ header, rows }: CsvTable): string {
	let text = `${header.map(csvField).join(',')}\n`;
	for (const row of rows) text += `${row.map(csvField).join(',')}\n`;
	return text;
}
