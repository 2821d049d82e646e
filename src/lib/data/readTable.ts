import { closestMatch } from './closestMatch';
import { decodeBytes } from './decodeBytes';
import { parseCsv } from './parseCsv';
import type { Column, RowOf } from './schema';
import { truncate } from './truncate';
import type { Issue, Severity } from './types';

/** A row whose every cell was read, typed by its columns; an empty cell that may be empty is null. */
export interface TableRow<Row> {
	line: number;
	values: Row;
}

export interface Table<Row> {
	/** Rows read without error, in file order. */
	rows: TableRow<Row>[];
	/** Data rows in the file (blank lines aside): every one is in `rows` or has an error at its line. */
	rowCount: number;
	/** 1-based position of each column in the header, for messages about a value. */
	columns: Map<string, number>;
	issues: Issue[];
}

/**
 * Decodes, parses and type-checks one file against its columns. Never throws: whatever the bytes,
 * the result is rows, located issues, or both; a row with an error is reported, not returned.
 *
 * @example
 * readTable('data/2017/public.csv', bytes, schema.figures).issues.map(formatIssue)
 * // ['data/2017/public.csv:3:3: error: pct: "abc" is not a percentage from 0 to 100']
 */
export function readTable<const Columns extends readonly Column[]>(
	file: string,
	bytes: Uint8Array,
	spec: Columns
): Table<RowOf<Columns>> {
	const issues: Issue[] = [];
	const report = (line: number, column: number, severity: Severity, message: string) =>
		issues.push({ file, line, column, severity, message });

	const decoded = decodeBytes(bytes);
	if (decoded.encoding === 'windows-1252') {
		report(
			1,
			1,
			'warning',
			'not valid UTF-8: read as Windows-1252 (Excel\'s French default); save as "CSV UTF-8" to be sure of accents'
		);
	}
	const { header, rows: csvRows } = parseCsv(decoded.text);
	const columns = new Map<string, number>();
	const table: Table<RowOf<Columns>> = { rows: [], rowCount: csvRows.length, columns, issues };
	const known = spec.map((column) => column.name);

	if (header.cells.length === 0) {
		report(
			1,
			1,
			'error',
			`the file is empty: expected a header row with ${known.filter((_, i) => spec[i].presence !== 'optional').join(', ')}`
		);
		return table;
	}
	if (header.problem)
		report(header.line, 1, 'error', `could not read the header row: ${header.problem}`);
	header.cells.forEach((name, index) => {
		if (columns.has(name)) {
			report(
				header.line,
				index + 1,
				'error',
				`column "${truncate(name)}" appears twice (first as column ${columns.get(name)})`
			);
		} else if (!known.includes(name)) {
			const suggestion = closestMatch(name, known);
			report(
				header.line,
				index + 1,
				'warning',
				`unknown column "${truncate(name)}" is ignored${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`
			);
		} else {
			columns.set(name, index + 1);
		}
	});
	const missing = spec.filter(
		(column) => column.presence !== 'optional' && !columns.has(column.name)
	);
	for (const column of missing) {
		report(
			header.line,
			1,
			'error',
			`missing required column "${column.name}": none of the ${csvRows.length} data rows can be loaded`
		);
	}
	if (missing.length > 0 || header.problem) return table;

	const positions = spec.map((column) => columns.get(column.name));
	for (const row of csvRows) {
		if (row.problem) {
			report(row.line, 1, 'error', `could not read this row: ${row.problem}`);
			continue;
		}
		if (row.cells.length !== header.cells.length) {
			report(
				row.line,
				Math.min(row.cells.length, header.cells.length) + 1,
				'error',
				`this row has ${row.cells.length} fields, the header has ${header.cells.length}`
			);
			continue;
		}
		const values: Record<string, unknown> = {};
		let valid = true;
		for (let index = 0; index < spec.length; index++) {
			const column = spec[index];
			const position = positions[index];
			const raw = position === undefined ? '' : row.cells[position - 1].trim();
			if (raw === '') {
				values[column.name] = null;
				if (column.presence === 'key') {
					report(row.line, position ?? 1, 'error', `${column.name}: a value is required`);
					valid = false;
				}
				continue;
			}
			const result = column.read(raw);
			if (result.ok) values[column.name] = result.value;
			else {
				report(
					row.line,
					position ?? 1,
					'error',
					`${column.name}: ${JSON.stringify(truncate(raw))} is not ${result.expected}`
				);
				valid = false;
			}
		}
		// Every column of the spec was given a value of its reader's type (or null when it may be empty).
		if (valid) table.rows.push({ line: row.line, values: values as RowOf<Columns> });
	}
	return table;
}
