import type { Table } from '../readTable';
import type { FileReport, Issue, Severity } from '../types';

/** What validating one file of the folder gave: its records, the issues of its rows, its report. */
export interface FileResult<T> {
	records: T[];
	issues: Issue[];
	report: FileReport;
}

/**
 * Collects a file's records and the issues about its rows, each located at the row's line and
 * the column it is about; the report counts as rejected every row of the file that was not kept.
 *
 * @example
 * const check = fileCheck(table, 'data/waves.csv');
 * check.report(row, 'population', 'error', 'duplicate wave 2017 public (first on line 3)');
 * check.keep(wave);
 * check.result() // { records: [wave], issues: [...], report: { file: 'data/waves.csv', rows: 2, loaded: 1, rejected: 1 } }
 */
export function fileCheck<T>(table: Table<unknown>, file: string) {
	const records: T[] = [];
	const issues: Issue[] = [];
	return {
		report(row: { line: number }, columnName: string, severity: Severity, message: string) {
			issues.push({
				file,
				line: row.line,
				column: table.columns.get(columnName) ?? 1,
				severity,
				message
			});
		},
		/** An issue not about one row, e.g. about the whole file. */
		add(issue: Issue) {
			issues.push(issue);
		},
		keep(record: T) {
			records.push(record);
		},
		result(): FileResult<T> {
			const loaded = records.length;
			return {
				records,
				issues,
				report: { file, rows: table.rowCount, loaded, rejected: table.rowCount - loaded }
			};
		}
	};
}
