/**
 * CSV for spreadsheets, in the reader's language: French Excel splits on `;` and reads `12,5`,
 * English Excel splits on `,` and reads `12.5`. Both start with a byte order mark (so that Excel
 * reads UTF-8 and shows the accents) and end lines with CRLF; the column names are the same in
 * both languages. Pure: the data page's download (build time) and the charts' CSV (browser) use it.
 */
import type { Lang } from '../i18n/lang';

/** A cell: a number (written in the language's decimal form), text, or null for an empty cell. */
export type CsvCell = number | string | null;

/** How a language's spreadsheets read CSV. */
export interface CsvDialect {
	delimiter: ',' | ';';
	decimal: '.' | ',';
}

/** French Excel: `;` and a decimal comma; English: `,` and a point. */
export const csvDialects: Readonly<Record<Lang, CsvDialect>> = {
	fr: { delimiter: ';', decimal: ',' },
	en: { delimiter: ',', decimal: '.' }
};

/** U+FEFF, so that spreadsheet programs read the file as UTF-8 (accents right in Excel). */
export const BYTE_ORDER_MARK = '\ufeff';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets strip before doing so).
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would take as a formula, with a leading apostrophe so that it stays text
 * (OWASP's advice against CSV injection); other text as it is. Only for text cells: numbers are
 * written as numbers, a negative one keeping its ASCII minus sign.
 * @example escapeFormula('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 * @example escapeFormula('-13 pts vs 2016') // "'-13 pts vs 2016"
 * @example escapeFormula('Oui') // 'Oui'
 */
export function escapeFormula(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A finite number in plain decimal notation, never with an exponent (which neither the project's
 * reader nor every spreadsheet takes), with the same digits as `String`, so it reads back exactly.
 * @example plainDecimal(1.5e-7) // '0.00000015'
 * @example plainDecimal(-13) // '-13'
 */
export function plainDecimal(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
	const text = String(value);
	const exponentAt = text.indexOf('e');
	if (exponentAt === -1) return text;
	const sign = text.startsWith('-') ? '-' : '';
	const mantissa = text.slice(sign.length, exponentAt);
	const exponent = Number(text.slice(exponentAt + 1));
	const pointAt = mantissa.indexOf('.');
	const digits = mantissa.replace('.', '');
	const point = (pointAt === -1 ? mantissa.length : pointAt) + exponent;
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A cell as CSV text: numbers in the dialect's decimal form, text protected and quoted if needed. */
function cellText(cell: CsvCell, dialect: CsvDialect): string {
	if (cell === null) return '';
	const text =
		typeof cell === 'number'
			? plainDecimal(cell).replace('.', dialect.decimal)
			: escapeFormula(cell);
	const needsQuotes =
		text.includes(dialect.delimiter) ||
		text.includes('"') ||
		text.includes('\n') ||
		text.includes('\r') ||
		(typeof cell === 'number' && dialect.decimal === dialect.delimiter);
	return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file in a language's dialect: byte order mark, the header row, one line per record
 * (cells in the columns' order), CRLF after every line.
 * @example toCsv('fr', ['year', 'pct'], [{ year: 2020, pct: 41.5 }]) // '\ufeffyear;pct\r\n2020;41,5\r\n'
 * @example toCsv('en', ['label', 'delta'], [{ label: '=1+1', delta: -3.2 }]) // "\ufefflabel,delta\r\n'=1+1,-3.2\r\n"
 */
export function toCsv<Column extends string>(
	lang: Lang,
	columns: readonly Column[],
	records: readonly Record<Column, CsvCell>[]
): string {
	const dialect = csvDialects[lang];
	const line = (cells: readonly CsvCell[]) =>
		`${cells.map((cell) => cellText(cell, dialect)).join(dialect.delimiter)}\r\n`;
	return `${BYTE_ORDER_MARK}${line(columns)}${records.map((record) => line(columns.map((column) => record[column]))).join('')}`;
}
