import type { Issue } from './types';

/**
 * Formats an issue the way compilers do, so editors and terminals can jump to it.
 *
 * @example
 * formatIssue({ file: 'data/2017/public.csv', line: 4, column: 3, severity: 'error', message: 'pct: "abc" is not a number' })
 * // 'data/2017/public.csv:4:3: error: pct: "abc" is not a number'
 */
export function formatIssue(issue: Issue): string {
	return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`;
}

/**
 * Orders issues by file, line and column, errors before warnings at the same place.
 *
 * @example
 * sortIssues(issues).map(formatIssue).join('\n')
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
	return [...issues].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.severity.localeCompare(b.severity)
	);
}
