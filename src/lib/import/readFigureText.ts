import { readNumber } from '../data/cellValues';

export type FigureText =
	| { ok: true; pct: number; approximate: boolean; percentSign: boolean }
	| { ok: false; message: string };

/**
 * Reads the displayed text of a figure cell: `63`, `63%`, `63 %`, `63,5`; `-` is 0 (none);
 * `*` is 0 flagged approximate (under 0.5 %). Never throws.
 *
 * @example
 * readFigureText('63,5 %') // { ok: true, pct: 63.5, approximate: false, percentSign: true }
 * readFigureText('*')      // { ok: true, pct: 0, approximate: true, percentSign: false }
 */
export function readFigureText(raw: string): FigureText {
	const text = raw.trim();
	if (/^[-\u2013\u2014]$/.test(text))
		return { ok: true, pct: 0, approximate: false, percentSign: false };
	if (text === '*') return { ok: true, pct: 0, approximate: true, percentSign: false };
	// Most cells are `63`, `63,5` or `63 %`: read without readNumber's general path.
	const simple = /^(\d{1,3})(?:[.,](\d+))?([\s\u00a0\u202f]?%)?$/.exec(text);
	if (simple) {
		const pct = Number(simple[2] === undefined ? simple[1] : `${simple[1]}.${simple[2]}`);
		if (pct <= 100)
			return { ok: true, pct, approximate: false, percentSign: simple[3] !== undefined };
	}
	const number = readNumber(text);
	if (!number.ok) return { ok: false, message: 'not a percentage' };
	if (number.value < 0 || number.value > 100)
		return { ok: false, message: 'not a percentage from 0 to 100' };
	return { ok: true, pct: number.value, approximate: false, percentSign: text.endsWith('%') };
}

/** True when the text reads as a figure, `-` and `*` included. */
export function isFigureText(raw: string): boolean {
	return raw.trim() !== '' && readFigureText(raw).ok;
}
