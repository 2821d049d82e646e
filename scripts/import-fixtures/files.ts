/** TEST DATA. Writes the model's cells as the institute's files: a workbook, its CSV export. */
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { displayedText, type Cell } from './tables';

const numberFormats = { percent: '0%', number: '0', decimal: '0.0' } as const;

function worksheet(rows: readonly Cell[][]): WorkSheet {
	const sheet: WorkSheet = {};
	let width = 1;
	rows.forEach((row, r) =>
		row.forEach((cell, c) => {
			if (cell === null) return;
			width = Math.max(width, c + 1);
			const object: CellObject =
				'text' in cell
					? { t: 's', v: cell.text }
					: {
							t: 'n',
							v: cell.value,
							z:
								cell.format === 'decimal' && Number.isInteger(cell.value)
									? '0'
									: numberFormats[cell.format]
						};
			sheet[utils.encode_cell({ r, c })] = object;
		})
	);
	sheet['!ref'] = utils.encode_range({
		s: { r: 0, c: 0 },
		e: { r: Math.max(rows.length - 1, 0), c: width - 1 }
	});
	// The variable names ("Sexe", "Âge") span their columns, as in the institute's files.
	sheet['!merges'] = rows.flatMap((row, r) =>
		row[0] === null && row[1] === null && row.length > 2
			? row.flatMap((cell, c) => {
					if (cell === null || c < 2) return [];
					let end = c;
					while (end + 1 < row.length && row[end + 1] === null) end++;
					return end > c ? [{ s: { r, c }, e: { r, c: end } }] : [];
				})
			: []
	);
	return sheet;
}

/**
 * An xlsx workbook of the given sheets.
 *
 * @example
 * workbookBytes([{ name: 'Tris', rows }]) // Uint8Array starting with 'PK'
 */
export function workbookBytes(
	sheets: readonly { name: string; rows: readonly Cell[][] }[]
): Uint8Array {
	const book = utils.book_new();
	for (const { name, rows } of sheets) utils.book_append_sheet(book, worksheet(rows), name);
	return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }));
}

/** Windows-1252's characters for bytes 0x80–0x9F (the others are Latin-1). */
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Encodes text as Windows-1252, French Excel's CSV encoding; throws on a character it lacks. */
export function windows1252(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const at = high.indexOf(text[i]);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
		else if (at !== -1) bytes[i] = 0x80 + at;
		else throw new Error(`"${text[i]}" has no Windows-1252 byte`);
	}
	return bytes;
}

/**
 * The CSV export of one sheet as French Excel writes it: displayed texts, `;`, every row as wide
 * as the sheet, CRLF, Windows-1252.
 */
export function csvExportBytes(rows: readonly Cell[][]): Uint8Array {
	const width = Math.max(1, ...rows.map((row) => row.length));
	const field = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
	const lines = rows.map((row) =>
		Array.from({ length: width }, (_, c) => field(displayedText(row[c] ?? null))).join(';')
	);
	return windows1252(lines.map((line) => `${line}\r\n`).join(''));
}
