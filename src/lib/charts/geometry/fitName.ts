/**
 * What the label at the end of a trend chart's series says in the room it has: the series' name
 * whole, or shortened (its acronym, without its qualifier in brackets, or cut with an ellipsis),
 * then its value.
 */
import { measureText } from '../frame/dimensions';

/** What a label says at one font size: the name (shortened), or null for the value alone. */
export interface EndLabelText {
	name: string | null;
	value: string;
}

const ELLIPSIS = '\u2026';

/**
 * The width of a label at a font size: the name regular, the value bold.
 * @example endLabelWidth({ name: null, value: '47 %' }, 17) // 47.9
 */
export function endLabelWidth(text: EndLabelText, fontSize: number): number {
	const name = text.name === null ? 0 : measureText(`${text.name} `, fontSize);
	return name + measureText(text.value, fontSize, true);
}

/**
 * An acronym the name gives in brackets, "ESS" in "Économie sociale et solidaire (ESS)"; null
 * when none.
 * @example acronym('Économie sociale et solidaire (ESS)') // 'ESS'
 */
export function acronym(name: string): string | null {
	const match = /\(([A-Z0-9ÀÂÉÈÊÎÔÛÇ&-]{2,8})\)/.exec(name);
	return match === null ? null : match[1];
}

/**
 * A name without the qualifier in brackets at its end: "Santé" for "Santé (Grand public)".
 * @example baseName('Santé (Grand public)') // 'Santé'
 */
export function baseName(name: string): string {
	return name.replace(/\s*\([^()]*\)$/u, '');
}

/**
 * The longest form of a name that fits in `room` beside its value: whole; its acronym; without
 * its qualifier in brackets when `dropQualifier` (no other series has the same name without it);
 * or cut with an ellipsis (at least `minimumName` characters, never inside the brackets). Null
 * when none fits.
 * @example fitName('Économie sociale et solidaire (ESS)', '47 %', 100, 17, 5) // 'ESS'
 * @example fitName('Santé (Grand public)', '39 %', 110, 17, 5, true) // 'Santé'
 * @example fitName('Changement climatique', '42 %', 180, 17, 5) // 'Changement…'
 */
export function fitName(
	name: string,
	value: string,
	room: number,
	fontSize: number,
	minimumName: number,
	dropQualifier = false
): string | null {
	const fits = (candidate: string) => endLabelWidth({ name: candidate, value }, fontSize) <= room;
	if (fits(name)) return name;
	const short = acronym(name);
	if (short !== null && fits(short)) return short;
	const base = baseName(name);
	if (dropQualifier && base !== name && fits(base)) return base;
	// Cut the name, or only what comes before its qualifier ("Chômage…" for "Chômage (Grand public)").
	const stem = base === '' ? name : base;
	for (
		let length = stem === name ? name.length - 1 : stem.length;
		length >= minimumName;
		length--
	) {
		const cut = stem.slice(0, length).replace(/[\s(/,;:–-]+$/u, '');
		if (cut.length >= minimumName && fits(`${cut}${ELLIPSIS}`)) return `${cut}${ELLIPSIS}`;
	}
	return null;
}
