import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../data/cellValues';
import { parseCsv } from '../data/parseCsv';
import { BYTE_ORDER_MARK, escapeFormula, plainDecimal, toCsv, type CsvCell } from './exportCsv';

describe('escapeFormula', () => {
	it('puts an apostrophe before text that starts with =, +, -, @, a tab or a carriage return', () => {
		expect(escapeFormula('=1+1')).toBe("'=1+1");
		expect(escapeFormula('+33 1 23')).toBe("'+33 1 23");
		expect(escapeFormula('-13 pts')).toBe("'-13 pts");
		expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(escapeFormula('\t=1')).toBe("'\t=1");
		expect(escapeFormula('\r=1')).toBe("'\r=1");
	});

	it('leaves other text alone, including a formula character further in and the U+2212 minus', () => {
		expect(escapeFormula('Oui')).toBe('Oui');
		expect(escapeFormula('a=b')).toBe('a=b');
		expect(escapeFormula('−13 pts')).toBe('−13 pts');
		expect(escapeFormula('')).toBe('');
	});
});

describe('plainDecimal', () => {
	it('writes small and large numbers without an exponent', () => {
		expect(plainDecimal(1.5e-7)).toBe('0.00000015');
		expect(plainDecimal(-2.5e-10)).toBe('-0.00000000025');
		expect(plainDecimal(1e21)).toBe('1000000000000000000000');
		expect(plainDecimal(1.25e22)).toBe('12500000000000000000000');
		expect(plainDecimal(-13)).toBe('-13');
		expect(plainDecimal(41.5)).toBe('41.5');
		expect(plainDecimal(-0)).toBe('0');
	});

	it('refuses what is not a finite number', () => {
		expect(() => plainDecimal(Number.NaN)).toThrow('Not a finite number: NaN');
		expect(() => plainDecimal(Infinity)).toThrow(RangeError);
	});
});

describe('toCsv', () => {
	const columns = ['label', 'year', 'pct', 'delta', 'note'] as const;
	const records = [
		{ label: 'Oui; tout à fait', year: 2020, pct: 41.5, delta: -3.25, note: null },
		{
			label: '=HYPERLINK("http://evil.example")',
			year: 2018,
			pct: 0.000001,
			delta: 12,
			note: 'a,b'
		}
	];

	it('writes French with a BOM, ";" and decimal commas, an ASCII minus, CRLF', () => {
		expect(toCsv('fr', columns, records)).toBe(
			'\ufefflabel;year;pct;delta;note\r\n' +
				'"Oui; tout à fait";2020;41,5;-3,25;\r\n' +
				'"\'=HYPERLINK(""http://evil.example"")";2018;0,000001;12;a,b\r\n'
		);
	});

	it('writes English with a BOM, "," and points, the same column names', () => {
		expect(toCsv('en', columns, records)).toBe(
			'\ufefflabel,year,pct,delta,note\r\n' +
				'Oui; tout à fait,2020,41.5,-3.25,\r\n' +
				'"\'=HYPERLINK(""http://evil.example"")",2018,0.000001,12,"a,b"\r\n'
		);
	});

	it('is the header alone when there are no records', () => {
		expect(toCsv('fr', columns, [])).toBe(`${BYTE_ORDER_MARK}label;year;pct;delta;note\r\n`);
	});

	/** Any text a label may hold (CR aside: the reader turns CRLF and CR into LF). */
	const text = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
	const number = fc.double({ noNaN: true, noDefaultInfinity: true });
	const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, number, fc.constant(null));

	it('reads back through the project’s own parser: every number, every text (escaped), in both languages', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('fr' as const, 'en' as const),
				fc.integer({ min: 2, max: 5 }),
				fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
				(lang, width, rows) => {
					const names = ['a', 'b', 'c', 'd', 'e'].slice(0, width);
					const recordsIn = rows.map((row) =>
						Object.fromEntries(names.map((name, index) => [name, row[index]]))
					);
					const parsed = parseCsv(toCsv(lang, names, recordsIn));
					expect(parsed.delimiter).toBe(lang === 'fr' ? ';' : ',');
					expect(parsed.header.cells).toEqual(names);
					expect(parsed.rows.map((row) => row.cells.length)).toEqual(rows.map(() => width));
					parsed.rows.forEach((row, r) =>
						row.cells.forEach((read, c) => {
							const written = rows[r][c];
							if (written === null) expect(read).toBe('');
							else if (typeof written === 'string') expect(read).toBe(escapeFormula(written));
							else
								expect(readNumber(read)).toEqual({ ok: true, value: written === 0 ? 0 : written });
						})
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});
