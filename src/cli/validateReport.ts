import { formatIssue, sortIssues } from '../lib/data/formatIssue';
import type { ValidationResult } from '../lib/data/types';

/**
 * What `barometer validate` prints about a folder (and the build, when the folder has an error or
 * a warning): every issue sorted by place, then the count of files, rows, errors and warnings.
 *
 * @example
 * validateReport('data', result)
 * // ['data: 21 files, 226 data rows: 226 loaded, 0 rejected; 0 errors, 0 warnings']
 */
export function validateReport(folder: string, result: ValidationResult): string[] {
	const rows = result.files.reduce((total, file) => total + file.rows, 0);
	const loaded = result.files.reduce((total, file) => total + file.loaded, 0);
	const warnings = result.issues.length - result.errorCount;
	return [
		...sortIssues(result.issues).map(formatIssue),
		`${folder}: ${result.files.length} files, ${rows} data rows: ${loaded} loaded, ${rows - loaded} rejected; ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
	];
}
