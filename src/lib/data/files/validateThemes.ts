import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { fixedRoutes, themeSlug } from '../themeSlug';
import { truncate } from '../truncate';
import type { Issue, Theme } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { orderRows } from './orderRows';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Checks the rows of themes.csv: each theme once, and a page address (the slug, `_` → `-`) that
 * is neither a fixed page's nor another theme's. The records are in display order.
 *
 * @example
 * validateThemes(readTable('data/themes.csv', bytes, schema.themes), 'data/themes.csv').records
 * // [{ id: 'awareness', labelFr: 'Notoriété', labelEn: 'Awareness', … }, …]
 */
export function validateThemes(table: Table<FileRow<'themes'>>, file: string): FileResult<Theme> {
	const check = fileCheck<Theme>(table, file);
	const firstLine = new Map<string, number>();
	const slugLine = new Map<string, { line: number; theme: string }>();
	const kept: { record: Theme; order: number | null }[] = [];
	for (const row of table.rows) {
		const v = row.values;
		const first = firstLine.get(v.theme);
		if (first !== undefined) {
			check.report(
				row,
				'theme',
				'error',
				`duplicate theme "${truncate(v.theme)}" (first on line ${first})`
			);
			continue;
		}
		firstLine.set(v.theme, row.line);
		const slug = themeSlug(v.theme);
		if (fixedRoutes.includes(slug.toLowerCase())) {
			check.report(
				row,
				'theme',
				'error',
				`theme: "${truncate(v.theme)}" would have its page at /${slug}/, which is a fixed page of the site (${fixedRoutes.join(', ')}): choose another id`
			);
			continue;
		}
		const other = slugLine.get(slug);
		if (other) {
			check.report(
				row,
				'theme',
				'error',
				`theme: "${truncate(v.theme)}" would have its page at /${slug}/, as theme "${truncate(other.theme)}" (line ${other.line}) has: choose another id`
			);
			continue;
		}
		slugLine.set(slug, { line: row.line, theme: v.theme });
		kept.push({
			record: {
				id: v.theme,
				labelFr: v.label_fr,
				labelEn: v.label_en,
				leadFr: v.lead_fr,
				leadEn: v.lead_en
			},
			order: v.order
		});
	}
	for (const { record } of orderRows(kept)) check.keep(record);
	return check.result();
}

/**
 * The errors of questions.csv rows whose theme has no row in themes.csv.
 *
 * @example
 * unknownThemeIssues(questionsTable, 'data/questions.csv', themes)
 * // [{ line: 4, column: 2, message: 'theme: unknown "awarenes", not in themes.csv (did you mean "awareness"?)', … }]
 */
export function unknownThemeIssues(
	table: Table<FileRow<'questions'>>,
	file: string,
	themes: readonly Theme[]
): Issue[] {
	const known = themes.map((theme) => theme.id);
	return table.rows
		.filter((row) => !known.includes(row.values.theme))
		.map((row) => ({
			file,
			line: row.line,
			column: table.columns.get('theme') ?? 1,
			severity: 'error',
			message: unknownValueMessage('theme', row.values.theme, known, 'themes.csv')
		}));
}
