import { describe, expect, it } from 'vitest';
import { sheetFromCsv, tablesDelimiter } from './sheet';

describe('tablesDelimiter', () => {
	it('is not misled by commas in a title or decimal commas', () => {
		expect(tablesDelimiter('Q1. Oui, non ?;;\n;Ensemble;Homme\nOui;63,5;60')).toBe(';');
		expect(tablesDelimiter('"Q1. Oui; non ?",,\n,Ensemble,Homme\nOui,63,60')).toBe(',');
		expect(tablesDelimiter('Q1\n\tEnsemble\tHomme')).toBe('\t');
	});
});

describe('sheetFromCsv', () => {
	it('decodes Windows-1252 and places cells at their line and column in the file', () => {
		const bytes = new Uint8Array([
			...new TextEncoder().encode('Q1. Int'),
			0xe9, // é
			...new TextEncoder().encode('r'),
			0xea, // ê
			...new TextEncoder().encode('t ?;\r\n\r\n;Ensemble\r\n')
		]);
		const sheet = sheetFromCsv('tris.csv', bytes);
		expect(sheet.encoding).toBe('windows-1252');
		expect(sheet.rows).toEqual([
			['Q1. Intérêt ?', ''],
			['', 'Ensemble']
		]);
		expect(sheet.place(1, 1)).toBe('tris.csv:3:2');
	});
});
