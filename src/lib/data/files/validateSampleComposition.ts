import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { SampleComposition, Wave } from '../types';
import { fileCheck, type FileResult } from './fileCheck';

/**
 * Checks the rows of sample_composition.csv: each describes a wave of waves.csv.
 *
 * @example
 * validateSampleComposition(readTable(path, bytes, schema.composition), path, waves).records
 * // [{ year: 2017, population: 'entrepreneurs', variable: 'sex', category: 'women', pct: 37, … }, …]
 */
export function validateSampleComposition(
	table: Table<FileRow<'composition'>>,
	file: string,
	waves: readonly Wave[]
): FileResult<SampleComposition> {
	const check = fileCheck<SampleComposition>(table, file);
	const waveKeys = new Set(waves.map((wave) => `${wave.year}/${wave.population}`));
	for (const row of table.rows) {
		const v = row.values;
		const record: SampleComposition = {
			year: v.year,
			population: v.population,
			variable: v.variable,
			category: v.category,
			pct: v.pct,
			source: v.source
		};
		if (!waveKeys.has(`${record.year}/${record.population}`)) {
			check.report(
				row,
				'population',
				'error',
				`no wave ${record.year} ${truncate(record.population)} in waves.csv`
			);
			continue;
		}
		check.keep(record);
	}
	return check.result();
}
