import { describe, expect, it } from 'vitest';
import { readTable } from '../readTable';
import { column } from '../schema';
import { readId } from '../cellValues';
import { fileCheck } from './fileCheck';

describe('fileCheck', () => {
	it('locates issues at the row and column, and counts as rejected every row not kept', () => {
		const table = readTable('data/x.csv', new TextEncoder().encode('a,id\n1,x\n2,y\n3,z\n'), [
			column('id', readId, 'key')
		]);
		const check = fileCheck<string>(table, 'data/x.csv');
		check.keep('x');
		check.report(table.rows[1], 'id', 'error', 'no y');
		check.report(table.rows[2], 'absent', 'warning', 'about the row');
		expect(check.result()).toEqual({
			records: ['x'],
			issues: [
				{ file: 'data/x.csv', line: 3, column: 2, severity: 'error', message: 'no y' },
				{ file: 'data/x.csv', line: 4, column: 1, severity: 'warning', message: 'about the row' }
			],
			report: { file: 'data/x.csv', rows: 3, loaded: 1, rejected: 2 }
		});
	});
});
