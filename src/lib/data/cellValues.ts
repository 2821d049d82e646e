/**
 * Readers for one cell each. They accept what French Excel exports hold (`63,5`, `63 %`, `−13`,
 * `oui`) and return either the value or a message saying what was expected. Empty cells are
 * handled by the caller, so every reader here receives a trimmed, non-empty string.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(expected: string): CellResult<T> => ({ ok: false, expected });

/** Spaces of every kind Excel and Intl put in numbers: space, no-break, narrow no-break, thin. */
const numberSpaces = /[\s\u00a0\u202f\u2009]/g;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a number written the French or the English way.
 *
 * @example
 * readNumber('63,5 %') // { ok: true, value: 63.5 }
 * readNumber('−13')    // { ok: true, value: -13 }
 * readNumber('1 071')  // { ok: true, value: 1071 }
 */
export function readNumber(raw: string): CellResult<number> {
	if (plainNumber.test(raw)) return ok(Number(raw));
	let text = raw
		.replace(numberSpaces, '')
		.replace(/%$/, '')
		.replace(/^\u2212/, '-');
	if (text.includes(',')) {
		if (text.includes('.') || text.indexOf(',') !== text.lastIndexOf(',')) return fail('a number');
		text = text.replace(',', '.');
	}
	return plainNumber.test(text) ? ok(Number(text)) : fail('a number');
}

/**
 * Reads a percentage in percent units, 0 to 100.
 *
 * @example
 * readPercent('63 %') // { ok: true, value: 63 }
 * readPercent('0,63') // { ok: true, value: 0.63 } (a proportion is not guessed: 0.63 means 0.63 %)
 */
export function readPercent(raw: string): CellResult<number> {
	const number = readNumber(raw);
	if (!number.ok) return fail('a percentage from 0 to 100');
	return number.value >= 0 && number.value <= 100 ? number : fail('a percentage from 0 to 100');
}

/**
 * Reads a change in points, −100 to +100.
 *
 * @example
 * readPoints('+6') // { ok: true, value: 6 }
 */
export function readPoints(raw: string): CellResult<number> {
	const number = readNumber(raw);
	if (!number.ok || Math.abs(number.value) > 100)
		return fail('a change in points from −100 to +100');
	return number;
}

/**
 * Reads a positive number (a base, a design effect).
 *
 * @example
 * readPositive('1,3') // { ok: true, value: 1.3 }
 */
export function readPositive(raw: string): CellResult<number> {
	const number = readNumber(raw);
	return number.ok && number.value > 0 ? number : fail('a number above 0');
}

/**
 * Reads a count of respondents: a whole number above 0.
 *
 * @example
 * readCount('1 071') // { ok: true, value: 1071 }
 */
export function readCount(raw: string): CellResult<number> {
	const number = readNumber(raw);
	return number.ok && Number.isInteger(number.value) && number.value > 0
		? number
		: fail('a whole number of respondents above 0');
}

/**
 * Reads a fieldwork year.
 *
 * @example
 * readYear('2017') // { ok: true, value: 2017 }
 */
export function readYear(raw: string): CellResult<number> {
	return /^(19|20)\d\d$/.test(raw) ? ok(Number(raw)) : fail('a four-digit year such as 2017');
}

/**
 * Reads a whole number used for ordering.
 *
 * @example
 * readOrder('3') // { ok: true, value: 3 }
 */
export function readOrder(raw: string): CellResult<number> {
	return /^-?\d+$/.test(raw) ? ok(Number(raw)) : fail('a whole number');
}

const yes = new Set(['yes', 'oui', 'y', 'o', 'true', '1', 'x']);
const no = new Set(['no', 'non', 'n', 'false', '0']);

/**
 * Reads a yes/no flag, in French or English.
 *
 * @example
 * readFlag('Oui') // { ok: true, value: true }
 */
export function readFlag(raw: string): CellResult<boolean> {
	const text = raw.toLowerCase();
	if (yes.has(text)) return ok(true);
	if (no.has(text)) return ok(false);
	return fail('yes or no');
}

/**
 * Reads an ISO date, month or year (`2017-09-13`, `2013-11`, `2012`) and checks the calendar.
 *
 * @example
 * readIsoDate('2013-11')    // { ok: true, value: '2013-11' }
 * readIsoDate('13/09/2017') // { ok: false, expected: 'an ISO date (2017-09-13), month (2013-11) or year (2012)' }
 */
export function readIsoDate(raw: string): CellResult<string> {
	const expected = 'an ISO date (2017-09-13), month (2013-11) or year (2012)';
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
	if (!match) return fail(expected);
	const [, year, month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return fail(expected);
	if (day !== undefined) {
		const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
		if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return fail(expected);
	}
	return ok(raw);
}

/**
 * Reads an identifier: letters, digits, `_` and `-`.
 *
 * @example
 * readId('public_18_24') // { ok: true, value: 'public_18_24' }
 */
export function readId(raw: string): CellResult<string> {
	return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(raw)
		? ok(raw)
		: fail('an identifier (letters, digits, _ and -)');
}

/**
 * Reads free text: labels, notes, sources. Kept as text, never interpreted as HTML.
 *
 * @example
 * readText('Entreprises classiques') // { ok: true, value: 'Entreprises classiques' }
 */
export function readText(raw: string): CellResult<string> {
	return ok(raw);
}

/**
 * Reads a question kind.
 *
 * @example
 * readKind('multi') // { ok: true, value: 'multi' }
 */
export function readKind(raw: string): CellResult<'single' | 'multi'> {
	return raw === 'single' || raw === 'multi' ? ok(raw) : fail('single or multi');
}

/**
 * Reads the kind of a label_map.csv row.
 *
 * @example
 * readMappingKind('answer') // { ok: true, value: 'answer' }
 */
export function readMappingKind(raw: string): CellResult<'question' | 'answer' | 'population'> {
	return raw === 'question' || raw === 'answer' || raw === 'population'
		? ok(raw)
		: fail('question, answer or population');
}

/**
 * Reads the status of a label_map.csv row.
 *
 * @example
 * readMappingStatus('proposed') // { ok: true, value: 'proposed' }
 */
export function readMappingStatus(raw: string): CellResult<'confirmed' | 'proposed'> {
	return raw === 'confirmed' || raw === 'proposed' ? ok(raw) : fail('confirmed or proposed');
}
