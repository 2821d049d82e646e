import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './parseCsv';

describe('detectDelimiter', () => {
	it('takes the delimiter of the header line, whatever the decimal commas below', () => {
		expect(detectDelimiter('question_id;answer_id;pct\nq;a;63,5')).toBe(';');
		expect(detectDelimiter('question_id,answer_id,pct\nq,a,63')).toBe(',');
		expect(detectDelimiter('question_id\tanswer_id\nq\ta')).toBe('\t');
		expect(detectDelimiter('pct')).toBe(',');
	});
});

describe('parseCsv', () => {
	it('numbers rows by their line in the file, blank lines and CRLF included', () => {
		const parsed = parseCsv('a;b\r\n\r\n1;2\r\n3;4\r\n');
		expect(parsed.delimiter).toBe(';');
		expect(parsed.header.cells).toEqual(['a', 'b']);
		expect(parsed.rows).toEqual([
			{ line: 3, cells: ['1', '2'] },
			{ line: 4, cells: ['3', '4'] }
		]);
	});
	it('keeps delimiters and newlines inside quoted fields, and counts their lines', () => {
		const parsed = parseCsv('a,b\n"x, y","two\nlines"\n5,6');
		expect(parsed.rows).toEqual([
			{ line: 2, cells: ['x, y', 'two\nlines'] },
			{ line: 4, cells: ['5', '6'] }
		]);
	});
	it('uses the delimiter it is given, whatever the header line holds', () => {
		expect(parseCsv('Q1. Oui, non ?\n;Ensemble\nOui;63,5', ';').rows).toEqual([
			{ line: 2, cells: ['', 'Ensemble'] },
			{ line: 3, cells: ['Oui', '63,5'] }
		]);
	});
	it('starts the header at the first non-blank line', () => {
		expect(parseCsv('\n\na,b\n1,2').header.line).toBe(3);
	});
	it('marks an unterminated quote on the row where it starts', () => {
		const parsed = parseCsv('a,b\n1,2\n3,"oops\n5,6');
		expect(parsed.rows[0]).toEqual({ line: 2, cells: ['1', '2'] });
		expect(parsed.rows[1].line).toBe(3);
		expect(parsed.rows[1].problem).toMatch(/quote/i);
	});
	it('gives an empty header for an empty file', () => {
		expect(parseCsv('').header.cells).toEqual([]);
		expect(parseCsv('').rows).toEqual([]);
	});
});
