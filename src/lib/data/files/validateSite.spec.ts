import { describe, expect, it } from 'vitest';
import { readTable } from '../readTable';
import { schema } from '../schema';
import { validateSite } from './validateSite';

const read = (text: string) =>
	validateSite(readTable('site.csv', new TextEncoder().encode(text), schema.site), 'site.csv');

describe('validateSite', () => {
	it('keeps known keys, an empty cell as empty text', () => {
		expect(read('key,fr,en\ntitle,Titre,\nurl,https://example.org/b/,\n').records).toEqual([
			{ key: 'title', fr: 'Titre', en: '' },
			{ key: 'url', fr: 'https://example.org/b/', en: '' }
		]);
	});

	it('warns of an unknown key with the closest one, and refuses a url that is not absolute', () => {
		const result = read('key,fr,en\nsource_lines,a,b\nurl,https://x.org,javascript:alert(1)\n');
		expect(result.records).toEqual([]);
		expect(result.issues.map((issue) => [issue.line, issue.column, issue.severity])).toEqual([
			[2, 1, 'warning'],
			[3, 3, 'error']
		]);
		expect(result.issues[0].message).toContain('(did you mean "source_line"?)');
		expect(result.report).toEqual({ file: 'site.csv', rows: 2, loaded: 0, rejected: 2 });
	});
});
