import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { fixedRoutes, themeSlug } from '../themeSlug';
import { truncate } from '../truncate';
import type { Issue, Theme } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { orderRows } from './orderRows';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Why a theme's page address (the slug, `_` → `-`) cannot be its own: a fixed page's, or that of
 * a theme met earlier (`seen`, by slug); null when it is free, and then it joins `seen`.
 * @example slugCollision('explorer', 4, new Map()) // 'theme: "explorer" would have its page at /explorer/, which is a fixed page of the site (…): choose another id'
 */
function slugCollision(
	theme: string,
	line: number,
	seen: Map<string, { line: number; theme: string }>
): string | null {
	const slug = themeSlug(theme);
	if (fixedRoutes.includes(slug.toLowerCase()))
		return `theme: "${truncate(theme)}" would have its page at /${slug}/, which is a fixed page of the site (${fixedRoutes.join(', ')}): choose another id`;
	const other = seen.get(slug);
	if (other)
		return `theme: "${truncate(theme)}" would have its page at /${slug}/, as theme "${truncate(other.theme)}" (line ${other.line}) has: choose another id`;
	seen.set(slug, { line, theme });
	return null;
}

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
		const collision = slugCollision(v.theme, row.line, slugLine);
		if (collision) {
			check.report(row, 'theme', 'error', collision);
			continue;
		}
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

/**
 * Without themes.csv, the themes of questions.csv in the order it first names them, their ids as
 * labels, with an error on the first question of a theme whose page address is taken (a fixed
 * page's, or another theme's); such a theme is left out.
 *
 * @example
 * themesOfQuestions(questionsTable, 'data/questions.csv').issues.map(formatIssue)
 * // ['data/questions.csv:3:2: error: theme: "data" would have its page at /data/, which is a fixed page of the site (…): choose another id']
 */
export function themesOfQuestions(
	table: Table<FileRow<'questions'>>,
	file: string
): { themes: Theme[]; issues: Issue[] } {
	const slugLine = new Map<string, { line: number; theme: string }>();
	const met = new Set<string>();
	const themes: Theme[] = [];
	const issues: Issue[] = [];
	for (const row of table.rows) {
		const id = row.values.theme;
		if (met.has(id)) continue;
		met.add(id);
		const collision = slugCollision(id, row.line, slugLine);
		if (collision)
			issues.push({
				file,
				line: row.line,
				column: table.columns.get('theme') ?? 1,
				severity: 'error',
				message: collision
			});
		else themes.push({ id, labelFr: id, labelEn: id, leadFr: null, leadEn: null });
	}
	return { themes, issues };
}
