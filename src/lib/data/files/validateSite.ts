import { closestMatch } from '../closestMatch';
import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import { siteKeys, type SiteKey, type SiteText } from '../types';
import { fileCheck, type FileResult } from './fileCheck';

/** A row of site.csv, checked. */
export interface SiteRow extends SiteText {
	key: SiteKey;
}

/**
 * Checks the rows of site.csv: known keys (an unknown one is a warning, with the closest key),
 * each once, and an absolute http(s) `url`.
 *
 * @example
 * validateSite(readTable('data/site.csv', bytes, schema.site), 'data/site.csv').records
 * // [{ key: 'title', fr: "Baromètre …", en: '… Barometer' }, …]
 */
export function validateSite(table: Table<FileRow<'site'>>, file: string): FileResult<SiteRow> {
	const check = fileCheck<SiteRow>(table, file);
	const firstLine = new Map<string, number>();
	const known: readonly string[] = siteKeys;
	for (const row of table.rows) {
		const { key, fr, en } = row.values;
		if (!known.includes(key)) {
			const suggestion = closestMatch(key, siteKeys);
			check.report(
				row,
				'key',
				'warning',
				`key: unknown "${truncate(key)}" is ignored, expected one of ${siteKeys.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`
			);
			continue;
		}
		const first = firstLine.get(key);
		if (first !== undefined) {
			check.report(row, 'key', 'error', `duplicate key "${key}" (first on line ${first})`);
			continue;
		}
		const texts = { fr: fr ?? '', en: en ?? '' };
		if (key === 'url') {
			const bad = (['fr', 'en'] as const).find(
				(lang) => texts[lang] !== '' && !/^https?:\/\/[^\s/]+/.test(texts[lang])
			);
			if (bad) {
				check.report(
					row,
					bad,
					'error',
					`url: "${truncate(texts[bad])}" is not an absolute http(s) address`
				);
				continue;
			}
		}
		firstLine.set(key, row.line);
		check.keep({ key: key as SiteKey, ...texts });
	}
	return check.result();
}
