import { describe, expect, it } from 'vitest';
import { readCount, readFlag, readId } from './cellValues';
import { formatIssue } from './formatIssue';
import { readTable } from './readTable';
import { column } from './schema';

const columns = [
	column('id', readId, 'key'),
	column('n', readCount, 'required'),
	column('flag', readFlag, 'optional')
];
const read = (csv: string) => readTable('data/x.csv', new TextEncoder().encode(csv), columns);

describe('readTable', () => {
	it('returns rows typed by their columns; an empty or absent cell that may be empty is null', () => {
		const { rows, issues } = read('n,id\n12,a\n,b\n');
		expect(issues).toEqual([]);
		expect(rows).toEqual([
			{ line: 2, values: { id: 'a', n: 12, flag: null } },
			{ line: 3, values: { id: 'b', n: null, flag: null } }
		]);
		const n: number | null = rows[0].values.n;
		const id: string = rows[0].values.id;
		expect([id, n]).toEqual(['a', 12]);
	});

	it('rejects an empty key and a value its reader refuses', () => {
		const { rows, issues, rowCount } = read('id,n,flag\n,1,\na,x,\nb,2,maybe\n');
		expect(issues.map(formatIssue)).toEqual([
			'data/x.csv:2:1: error: id: a value is required',
			'data/x.csv:3:2: error: n: "x" is not a whole number of respondents above 0',
			'data/x.csv:4:3: error: flag: "maybe" is not yes or no'
		]);
		expect([rows.length, rowCount]).toEqual([0, 3]);
	});

	it('quotes at most 60 characters of a 100,000-character cell or column name', () => {
		const long = 'x'.repeat(100_000);
		const { issues } = read(`id,n,${long}\na,${long},\n`);
		expect(issues.map(formatIssue)).toEqual([
			`data/x.csv:1:3: warning: unknown column "${'x'.repeat(59)}…" is ignored`,
			`data/x.csv:2:2: error: n: "${'x'.repeat(59)}…" is not a whole number of respondents above 0`
		]);
	});
});
