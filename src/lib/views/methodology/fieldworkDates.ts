/**
 * Fieldwork dates as the methodology page writes them. waves.csv gives each end of the fieldwork
 * as precisely as the source does: an ISO date (`2017-09-13`), an ISO month (`2013-11`) or an ISO
 * year (`2012`). A month stays a month and a year stays a year: no day is invented.
 */
import { language, type Lang } from '../../i18n/lang';

/** How precisely a fieldwork date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A parsed fieldwork date: the first instant it covers (UTC) and its precision. */
export interface FieldworkDate {
	time: number;
	year: number;
	precision: DatePrecision;
}

/**
 * Reads an ISO date, month or year; null for anything else (including impossible dates such as
 * `2017-02-30`).
 * @example parseFieldworkDate('2013-11') // { time: Date.UTC(2013, 10, 1), year: 2013, precision: 'month' }
 * @example parseFieldworkDate('13/09/2017') // null
 */
export function parseFieldworkDate(iso: string): FieldworkDate | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
	if (!match) return null;
	const year = Number(match[1]);
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return null;
	const precision: DatePrecision =
		match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
	return { time, year, precision };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, precision: DatePrecision, withYear: boolean): Intl.DateTimeFormat {
	const key = `${lang}|${precision}|${withYear}`;
	let format = formats.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
		if (precision === 'day') options.day = 'numeric';
		if (precision !== 'year') options.month = 'long';
		if (withYear || precision === 'year') options.year = 'numeric';
		format = new Intl.DateTimeFormat(language(lang).locale, options);
		formats.set(key, format);
	}
	return format;
}

function write(lang: Lang, date: FieldworkDate, withYear = true): string {
	return dateFormat(lang, date.precision, withYear).format(date.time);
}

/**
 * One fieldwork date in the page's language, as precise as the source; text that is not an ISO
 * date is returned as it is.
 * @example formatFieldworkDate('fr', '2017-09-13') // '13 septembre 2017'
 * @example formatFieldworkDate('en', '2013-11') // 'November 2013'
 * @example formatFieldworkDate('en', '2012') // '2012'
 */
export function formatFieldworkDate(lang: Lang, iso: string): string {
	const date = parseFieldworkDate(iso);
	return date ? write(lang, date) : iso;
}

/**
 * The fieldwork period from its first and last day: one date when they are the same, the month
 * and year written once when both days are in them ("13–14 septembre 2017"), the year written
 * once when both ends are in it at the same precision, an en dash between the ends.
 * Null when neither end is known.
 * @example formatFieldworkPeriod('fr', '2017-09-13', '2017-10-15') // '13 septembre – 15 octobre 2017'
 * @example formatFieldworkPeriod('en', '2020-06-12', '2020-06-13') // '12–13 June 2020'
 * @example formatFieldworkPeriod('en', '2013-11', '2013-11') // 'November 2013'
 * @example formatFieldworkPeriod('fr', null, '2018') // '2018'
 */
export function formatFieldworkPeriod(
	lang: Lang,
	start: string | null,
	end: string | null
): string | null {
	if (start === null && end === null) return null;
	if (start === null || end === null || start === end)
		return formatFieldworkDate(lang, (start ?? end) as string);
	const first = parseFieldworkDate(start);
	const last = parseFieldworkDate(end);
	if (!first || !last)
		return `${formatFieldworkDate(lang, start)} – ${formatFieldworkDate(lang, end)}`;
	const sameYear =
		first.year === last.year && first.precision === last.precision && first.precision !== 'year';
	const sameMonth =
		sameYear &&
		first.precision === 'day' &&
		new Date(first.time).getUTCMonth() === new Date(last.time).getUTCMonth();
	if (sameMonth) return `${new Date(first.time).getUTCDate()}–${write(lang, last)}`;
	return `${write(lang, first, !sameYear)} – ${write(lang, last)}`;
}
