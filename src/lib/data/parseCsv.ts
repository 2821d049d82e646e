import Papa from 'papaparse';

/** A data row with the line it starts on (1-based, counted in the original file). */
export interface CsvRow {
	line: number;
	cells: string[];
	/** Set when papaparse could not read the row cleanly (e.g. an unterminated quote). */
	problem?: string;
}

export interface ParsedCsv {
	delimiter: ',' | ';' | '\t';
	/** The first non-blank row, trimmed; empty for a blank file. */
	header: CsvRow;
	/** Data rows in file order; blank lines are not rows. */
	rows: CsvRow[];
}

const delimiters = [';', ',', '\t'] as const;

/**
 * Chooses the delimiter from the header line, whose names never contain one:
 * the candidate that appears most there, `,` when none does.
 *
 * @example
 * detectDelimiter('question_id;answer_id;pct\n1;2;63,5') // ';'
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
	const end = text.indexOf('\n');
	const headerLine = end === -1 ? text : text.slice(0, end);
	let best: ',' | ';' | '\t' = ',';
	let bestCount = 0;
	for (const candidate of delimiters) {
		const count = headerLine.split(candidate).length - 1;
		if (count > bestCount) {
			best = candidate;
			bestCount = count;
		}
	}
	return best;
}

function countNewlines(value: string): number {
	let count = 0;
	for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count++;
	return count;
}

/**
 * Parses CSV text with papaparse (CRLF, quoted fields, delimiters inside quotes) and keeps each
 * row's line number. Every row ends with one newline, so a row's line is the previous row's line
 * plus one plus the newlines inside its quoted fields: no second pass over the text is needed.
 *
 * @example
 * parseCsv('a,b\n\n1,"x\ny"\n2,3').rows // [{ line: 3, cells: ['1', 'x\ny'] }, { line: 5, cells: ['2', '3'] }]
 * parseCsv('Q1. Titre, long\nOui;63', ';').header.cells // ['Q1. Titre, long']
 */
export function parseCsv(input: string, delimiter?: ',' | ';' | '\t'): ParsedCsv {
	const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
	delimiter ??= detectDelimiter(text);
	const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
	const mayHaveNewlinesInFields = text.includes('"');
	const problems = new Map<number, string>();
	for (const error of result.errors) {
		const row = error.row ?? 0;
		if (!problems.has(row)) problems.set(row, error.message);
	}

	let header: CsvRow | null = null;
	const rows: CsvRow[] = [];
	let line = 1;
	result.data.forEach((cells, index) => {
		const row: CsvRow = { line, cells };
		const problem = problems.get(index);
		if (problem !== undefined) row.problem = problem;
		line += 1;
		if (mayHaveNewlinesInFields) for (const cell of cells) line += countNewlines(cell);
		if (cells.length === 1 && cells[0].trim() === '' && problem === undefined) return;
		if (header === null) header = { ...row, cells: cells.map((cell) => cell.trim()) };
		else rows.push(row);
	});
	return { delimiter, header: header ?? { line: 1, cells: [] }, rows };
}
