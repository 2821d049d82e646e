import type { Table, TableRow } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Population } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { orderRows } from './orderRows';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Checks the rows of populations.csv: each population once, a parent that is another, top-level
 * population of the file. The records are in display order (`order`, else the file's).
 *
 * @example
 * validatePopulations(readTable('data/populations.csv', bytes, schema.populations), 'data/populations.csv').records
 * // [{ id: 'entrepreneurs', labelFr: 'Entrepreneurs sociaux', parent: null, … }, …]
 */
export function validatePopulations(
	table: Table<FileRow<'populations'>>,
	file: string
): FileResult<Population> {
	const check = fileCheck<Population>(table, file);
	const firstLine = new Map<string, number>();
	const unique: TableRow<FileRow<'populations'>>[] = [];
	for (const row of table.rows) {
		const id = row.values.population;
		const first = firstLine.get(id);
		if (first !== undefined) {
			check.report(
				row,
				'population',
				'error',
				`duplicate population "${truncate(id)}" (first on line ${first})`
			);
			continue;
		}
		firstLine.set(id, row.line);
		unique.push(row);
	}
	const topLevel = new Set(
		unique.filter((row) => !row.values.parent).map((row) => row.values.population)
	);
	const kept: { record: Population; order: number | null }[] = [];
	for (const row of unique) {
		const v = row.values;
		if (v.parent !== null && (v.parent === v.population || !topLevel.has(v.parent))) {
			check.report(
				row,
				'parent',
				'error',
				firstLine.has(v.parent) && v.parent !== v.population
					? `parent: "${truncate(v.parent)}" is itself a subgroup; a subgroup's parent is a top-level population`
					: unknownValueMessage(
							'parent',
							v.parent,
							[...topLevel].filter((id) => id !== v.population),
							'the top-level populations of populations.csv'
						)
			);
			continue;
		}
		kept.push({
			record: {
				id: v.population,
				labelFr: v.label_fr,
				labelEn: v.label_en,
				parent: v.parent
			},
			order: v.order
		});
	}
	for (const { record } of orderRows(kept)) check.keep(record);
	return check.result();
}
