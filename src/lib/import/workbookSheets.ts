import { read, utils, type CellObject } from '@e965/xlsx';
import type { Sheet } from './sheet';

/** A sheet of a workbook with its name. */
export interface NamedSheet {
	name: string;
	sheet: Sheet;
}

/**
 * The displayed text of a cell: what the institute's reader sees, so that `0.63` formatted as a
 * percentage reads "63%", as in the CSV export. A formula's displayed result is kept, never the formula.
 */
function displayed(cell: CellObject | undefined): string {
	if (!cell || cell.t === 'z') return '';
	if (cell.w !== undefined) return cell.w;
	return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

/**
 * Reads every sheet of a workbook (xlsx, xls, ods) as grids of displayed texts; places are
 * `file!sheet!C14`. The workbook library is loaded by the command only, never by public pages.
 * Throws on bytes that are not a workbook; the caller reports it against the file.
 *
 * @example
 * sheetsFromWorkbook('tris.xlsx', bytes)[0].sheet.place(13, 2) // 'tris.xlsx!Q3!C14'
 */
export function sheetsFromWorkbook(file: string, bytes: Uint8Array): NamedSheet[] {
	const workbook = read(bytes, { type: 'array', dense: true, cellHTML: false, cellFormula: false });
	return workbook.SheetNames.map((name) => {
		const worksheet = workbook.Sheets[name];
		const data = worksheet['!data'] ?? [];
		const rows: string[][] = [];
		for (let r = 0; r < data.length; r++) {
			const cells = data[r] ?? [];
			const row: string[] = [];
			for (let c = 0; c < cells.length; c++) row.push(displayed(cells[c]));
			rows.push(row);
		}
		return {
			name,
			sheet: {
				rows,
				place: (row, column) => `${file}!${name}!${utils.encode_cell({ r: row, c: column })}`
			}
		};
	});
}
