import type { Table, TableRow } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Population, Wave } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Checks the rows of waves.csv: one row per year × population, fieldwork that ends after it
 * starts, a population of populations.csv (when the folder has one: it gives the parents, and
 * waves.csv's old `parent` column must agree with it), and a subgroup's parent population with a
 * wave of the same year.
 *
 * @example
 * validateWaves(readTable('data/waves.csv', bytes, schema.waves), 'data/waves.csv').records
 * // [{ year: 2017, population: 'public', sampleSize: 1071, designEffect: 1, … }, …]
 */
export function validateWaves(
	table: Table<FileRow<'waves'>>,
	file: string,
	populations: readonly Population[] | null = null
): FileResult<Wave> {
	const check = fileCheck<Wave>(table, file);
	const known = new Map(populations?.map((population) => [population.id, population]));
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
			parent: populations ? (known.get(v.population)?.parent ?? null) : v.parent,
			designEffect: v.design_effect ?? 1,
			statedMargin: v.stated_margin
		};
		if (populations && !known.has(wave.population)) {
			check.report(
				row,
				'population',
				'error',
				unknownValueMessage('population', wave.population, known.keys(), 'populations.csv')
			);
			continue;
		}
		if (populations && v.parent !== null) {
			if (v.parent !== wave.parent) {
				check.report(
					row,
					'parent',
					'error',
					`parent: "${truncate(v.parent)}" disagrees with populations.csv, which gives ${wave.parent === null ? 'none' : `"${truncate(wave.parent)}"`}; parents belong in populations.csv`
				);
				continue;
			}
			check.report(
				row,
				'parent',
				'warning',
				'parent: belongs in populations.csv now; this column of waves.csv can be removed'
			);
		}
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
