import type { Table, TableRow } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Wave } from '../types';
import { fileCheck, type FileResult } from './fileCheck';

/**
 * Checks the rows of waves.csv: one row per year × population, fieldwork that ends after it
 * starts, and a subgroup's parent population with a wave of the same year.
 *
 * @example
 * validateWaves(readTable('data/waves.csv', bytes, schema.waves), 'data/waves.csv').records
 * // [{ year: 2017, population: 'public', sampleSize: 1071, designEffect: 1, … }, …]
 */
export function validateWaves(table: Table<FileRow<'waves'>>, file: string): FileResult<Wave> {
	const check = fileCheck<Wave>(table, file);
	const waveLine = new Map<string, number>();
	const candidates: { row: TableRow<FileRow<'waves'>>; wave: Wave }[] = [];
	for (const row of table.rows) {
		const v = row.values;
		const wave: Wave = {
			year: v.year,
			population: v.population,
			sampleSize: v.sample_size,
			fieldworkStart: v.fieldwork_start,
			fieldworkEnd: v.fieldwork_end,
			method: v.method,
			source: v.source,
			edition: v.edition,
			parent: v.parent,
			designEffect: v.design_effect ?? 1,
			statedMargin: v.stated_margin
		};
		const key = `${wave.year}/${wave.population}`;
		const first = waveLine.get(key);
		if (first !== undefined) {
			check.report(
				row,
				'population',
				'error',
				`duplicate wave ${wave.year} ${truncate(wave.population)} (first on line ${first})`
			);
			continue;
		}
		if (
			wave.fieldworkStart &&
			wave.fieldworkEnd &&
			wave.fieldworkEnd.localeCompare(wave.fieldworkStart) < 0
		) {
			check.report(
				row,
				'fieldwork_end',
				'error',
				`fieldwork_end: ${wave.fieldworkEnd} is before fieldwork_start ${wave.fieldworkStart}`
			);
			continue;
		}
		waveLine.set(key, row.line);
		candidates.push({ row, wave });
	}
	for (const { row, wave } of candidates) {
		if (
			wave.parent !== null &&
			(wave.parent === wave.population || !waveLine.has(`${wave.year}/${wave.parent}`))
		) {
			check.report(
				row,
				'parent',
				'error',
				`parent: "${truncate(wave.parent)}" has no wave in ${wave.year}; a subgroup needs its parent population's wave`
			);
			waveLine.delete(`${wave.year}/${wave.population}`);
			continue;
		}
		check.keep(wave);
	}
	return check.result();
}
