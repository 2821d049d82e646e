import { describe, expect, it } from 'vitest';
import { readCsvTable, writeCsv } from './csvText';

describe('writeCsv and readCsvTable', () => {
	it('quote only where needed and read back the same cells', () => {
		const table = {
			header: ['a', 'b'],
			rows: [
				['x, y', 'say "yes"'],
				['=1+2', ' lead'],
				['two\nlines', '']
			]
		};
		const text = writeCsv(table);
		expect(text).toBe('a,b\n"x, y","say ""yes"""\n=1+2," lead"\n"two\nlines",\n');
		expect(readCsvTable(new TextEncoder().encode(text))).toEqual(table);
	});
});
