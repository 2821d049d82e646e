/**
 * Where the label at the end of each series of a trend chart goes, and what it says at each of
 * ChartFrame's font sizes. With one series it is the last value alone ("47 %"); with several,
 * the series' name and its value ("ESS 47 %"), the name shortened to fit (its acronym, without
 * its qualifier in brackets, or cut with an ellipsis). Labels at the same x are spread apart
 * (spreadLabels); each label runs right until it meets a mark, a line, another label or the edge
 * of the drawing, and one alone in its column may sit a little above or below its point to find
 * room. A label whose name cannot fit even shortened is not drawn: the chart's key gives its value.
 */
import { FONT_SIZES, measureText, type FontSize } from './dimensions';
import { spreadLabels } from './labelLayout';

/** A series to label. */
export interface EndLabelRequest {
	key: string;
	/** The series' name; null to write the value alone (a chart of one series). */
	name: string | null;
	/** The last value, written ("47 %"). */
	value: string;
	/** The last point, in the plotting area's units. */
	x: number;
	y: number;
}

/** A rectangle the labels must not cover (a point, a glyph, a gap's label), in plotting-area units. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A straight stretch of a series' line, in plotting-area units. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface EndLabelOptions {
	/** Between the point and its label. */
	gap: number;
	/** The least distance between two labels' baselines (the largest font's line). */
	lineHeight: number;
	/** The vertical room for the labels. */
	top: number;
	bottom: number;
	/** Where text must end: the right edge of the drawing, in plotting-area units. */
	right: number;
	/** What labels must not cover. */
	boxes?: readonly Box[];
	segments?: readonly Segment[];
	/** The fewest characters of a name kept before an ellipsis. Default 5. */
	minimumName?: number;
}

/** What a label says at one font size: the name (shortened), or null for the value alone. */
export interface EndLabelText {
	name: string | null;
	value: string;
}

/** A label placed: its start and middle, in plotting-area units, and its text at each font size. */
export interface EndLabel {
	key: string;
	x: number;
	y: number;
	texts: Record<FontSize, EndLabelText>;
}

export interface EndLabelLayout {
	placed: EndLabel[];
	/** Keys of the series whose label did not fit: their value goes into the key. */
	unplaced: string[];
}

const ELLIPSIS = '\u2026';
/** Room kept free around a label, in viewBox units. */
const PADDING = 2;
/** How far a label alone in its column may move off its point to find room, in lines. */
const SHIFT = 0.75;

/** The width of a label at a font size: the name regular, the value bold. */
export function endLabelWidth(text: EndLabelText, fontSize: number): number {
	const name = text.name === null ? 0 : measureText(`${text.name} `, fontSize);
	return name + measureText(text.value, fontSize, true);
}

/**
 * An acronym the name gives in brackets, "ESS" in "Économie sociale et solidaire (ESS)"; null
 * when none.
 */
export function acronym(name: string): string | null {
	const match = /\(([A-Z0-9ÀÂÉÈÊÎÔÛÇ&-]{2,8})\)/.exec(name);
	return match === null ? null : match[1];
}

/** A name without the qualifier in brackets at its end: "Santé" for "Santé (Grand public)". */
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
	const stem = base === '' ? name : base;
	for (let length = stem.length - 1; length >= minimumName; length--) {
		const cut = stem.slice(0, length).replace(/[\s(/,;:–-]+$/u, '');
		if (cut.length >= minimumName && fits(`${cut}${ELLIPSIS}`)) return `${cut}${ELLIPSIS}`;
	}
	return null;
}

/** Where a label starting at `left`, centred on `middle` and `height` tall, first meets something. */
function roomFrom(left: number, middle: number, height: number, limit: number, boxes: readonly Box[], segments: readonly Segment[]): number {
	const top = middle - height / 2;
	const bottom = middle + height / 2;
	let end = limit;
	for (const box of boxes) {
		if (box.bottom <= top || box.top >= bottom || box.right <= left) continue;
		end = Math.min(end, Math.max(left, box.left));
	}
	for (const segment of segments) {
		const [a, b] = segment.x1 <= segment.x2 ? [[segment.x1, segment.y1], [segment.x2, segment.y2]] : [[segment.x2, segment.y2], [segment.x1, segment.y1]];
		if (b[0] <= left) continue;
		// The stretch of the segment inside the label's band, as an x interval.
		let from: number;
		let to: number;
		if (a[1] === b[1]) {
			if (a[1] < top || a[1] > bottom) continue;
			[from, to] = [a[0], b[0]];
		} else {
			const at = (y: number) => a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
			const [x1, x2] = [at(top), at(bottom)].sort((p, q) => p - q);
			from = Math.max(a[0], x1);
			to = Math.min(b[0], x2);
			if (from > to) continue;
		}
		if (to <= left) continue;
		end = Math.min(end, Math.max(left, from));
	}
	return end - left;
}

/** One pass: spread the labels of each column, then fit each, rightmost first. */
function layoutOnce(requests: readonly EndLabelRequest[], options: EndLabelOptions): EndLabelLayout {
	const { gap, lineHeight, top, bottom, right, boxes = [], segments = [], minimumName = 5 } = options;
	const columns = new Map<number, EndLabelRequest[]>();
	for (const request of requests) columns.set(request.x, [...(columns.get(request.x) ?? []), request]);
	const spread = new Map<string, number>();
	for (const column of columns.values()) {
		const positions = spreadLabels(column.map((one) => ({ key: one.key, position: one.y })), lineHeight, top, bottom);
		for (const [key, position] of positions) spread.set(key, position);
	}
	// A qualifier in brackets may go when the rest of the name is the series' own.
	const bases = requests.map((request) => (request.name === null ? '' : baseName(request.name)));
	const ownBase = (name: string) => bases.filter((base) => base === baseName(name)).length === 1;
	const placed: EndLabel[] = [];
	const unplaced: string[] = [];
	/** The labels placed so far, by font size, as boxes for those further left. */
	const drawn = new Map<FontSize, Box[]>(FONT_SIZES.map((size) => [size, []]));
	/** The label's texts at every size, starting at (x, y); null when one does not fit. */
	const fit = (request: EndLabelRequest & { name: string }, x: number, y: number) => {
		const texts = {} as Record<FontSize, EndLabelText>;
		for (const size of FONT_SIZES) {
			const height = size * 1.2;
			const room = roomFrom(x, y, height, right, [...boxes, ...(drawn.get(size) ?? [])], segments) - PADDING;
			const name = fitName(request.name, request.value, room, size, minimumName, ownBase(request.name));
			if (name === null) return null;
			texts[size] = { name, value: request.value };
		}
		return texts;
	};
	for (const request of [...requests].sort((a, b) => b.x - a.x)) {
		const x = request.x + gap;
		const y = spread.get(request.key) ?? request.y;
		let at = y;
		let texts: Record<FontSize, EndLabelText> | null;
		if (request.name === null) {
			texts = Object.fromEntries(FONT_SIZES.map((size) => [size, { name: null, value: request.value }])) as Record<FontSize, EndLabelText>;
		} else {
			const { name } = request;
			texts = fit({ ...request, name }, x, y);
			// A label alone in its column may sit a little above or below its point to find room.
			const alone = (columns.get(request.x)?.length ?? 0) === 1;
			for (const offset of alone ? [SHIFT * lineHeight, -SHIFT * lineHeight] : []) {
				if (texts !== null) break;
				const shifted = Math.min(bottom, Math.max(top, y + offset));
				texts = fit({ ...request, name }, x, shifted);
				at = shifted;
			}
		}
		if (texts === null) {
			unplaced.push(request.key);
			continue;
		}
		for (const size of FONT_SIZES) {
			const height = size * 1.2;
			drawn.get(size)?.push({ left: x, right: x + endLabelWidth(texts[size], size), top: at - height / 2, bottom: at + height / 2 });
		}
		placed.push({ key: request.key, x, y: at, texts });
	}
	const order = new Map(requests.map((request, index) => [request.key, index]));
	placed.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
	return { placed, unplaced };
}

/**
 * Places the end labels: labels that cannot fit are left out, and the others laid out again
 * without them, until all that remain fit.
 * @example layoutEndLabels([{ key: 'sse', name: 'ESS', value: '47 %', x: 300, y: 120 }], options)
 * // { placed: [{ key: 'sse', x: 310, y: 120, texts: { 17: { name: 'ESS', value: '47 %' }, … } }], unplaced: [] }
 */
export function layoutEndLabels(requests: readonly EndLabelRequest[], options: EndLabelOptions): EndLabelLayout {
	let remaining = [...requests];
	const unplaced: string[] = [];
	for (;;) {
		const layout = layoutOnce(remaining, options);
		if (layout.unplaced.length === 0) {
			const order = new Map(requests.map((request, index) => [request.key, index]));
			unplaced.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
			return { placed: layout.placed, unplaced };
		}
		unplaced.push(...layout.unplaced);
		remaining = remaining.filter((request) => !layout.unplaced.includes(request.key));
	}
}
