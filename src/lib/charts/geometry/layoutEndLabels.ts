/**
 * Where the label at the end of each series of a trend chart goes, and what it says at each of
 * ChartFrame's font sizes. With one series it is the last value alone ("47 %"); with several,
 * the series' name and its value ("ESS 47 %"), the name shortened to fit (fitName.ts). Labels at
 * the same x are spread apart (spreadLabels); each label runs right until it meets a mark, a
 * line, another label or the edge of the drawing (freeRoom.ts). One alone in its column that
 * finds no room there may sit a little above or below that, or under or over the end of its own
 * line, ending at its point. A label whose name cannot fit even shortened is not drawn: the
 * chart's key gives its value.
 */
import { FONT_SIZES, type FontSize } from '../frame/dimensions';
import { baseName, endLabelWidth, fitName, type EndLabelText } from './fitName';
import { freeRoom, type Box, type Segment } from './freeRoom';
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
	/** Where text written leftwards must end. Default 0, the plotting area's left edge. */
	left?: number;
	/** What labels must not cover; a function for what changes with the font size (text). */
	boxes?: readonly Box[] | ((fontSize: FontSize) => readonly Box[]);
	segments?: readonly Segment[];
	/** The fewest characters of a name kept before an ellipsis. Default 5. */
	minimumName?: number;
}

/** A label placed: its anchor and middle, in plotting-area units, and its text at each font size. */
export interface EndLabel {
	key: string;
	x: number;
	y: number;
	/** 'start': written rightwards from x (beside the point); 'end': ending at x (under or over the line's end). */
	anchor: 'start' | 'end';
	texts: Record<FontSize, EndLabelText>;
}

export interface EndLabelLayout {
	placed: EndLabel[];
	/** Keys of the series whose label did not fit: their value goes into the key. */
	unplaced: string[];
}

/** Room kept free around a label, in viewBox units. */
export const END_LABEL_PADDING = 2;
/** The fewest characters of a name kept before an ellipsis, unless the options say otherwise. */
export const MINIMUM_NAME = 5;
/** How far a label alone in its column may move off its point to find room, in lines. */
const SHIFT = 0.75;
/** A label under or over the end of its line: how far from the point, in lines, and how far past it it ends. */
const BESIDE = 1;
/** The height a line of label text covers, in em: its letters and their halo. */
const TEXT_HEIGHT = 1.05;
const ANCHOR_OVERHANG = 4;

/** One pass: spread the labels of each column, then fit each, rightmost first. */
function layoutOnce(
	requests: readonly EndLabelRequest[],
	options: EndLabelOptions,
	allBases: readonly string[]
): EndLabelLayout {
	const {
		gap,
		lineHeight,
		top,
		bottom,
		left = 0,
		right,
		boxes = [],
		segments = [],
		minimumName = MINIMUM_NAME
	} = options;
	const columns = new Map<number, EndLabelRequest[]>();
	for (const request of requests)
		columns.set(request.x, [...(columns.get(request.x) ?? []), request]);
	const spread = new Map<string, number>();
	for (const column of columns.values()) {
		const positions = spreadLabels(
			column.map((one) => ({ key: one.key, position: one.y })),
			lineHeight,
			top,
			bottom
		);
		for (const [key, position] of positions) spread.set(key, position);
	}
	// A qualifier in brackets may go when the rest of the name is the series' own, among all the
	// series labelled or not (one whose label went into the key still shares the name).
	const ownBase = (name: string) => allBases.filter((base) => base === baseName(name)).length === 1;
	const placed: EndLabel[] = [];
	const unplaced: string[] = [];
	/** The labels placed so far, by font size, as boxes for those placed after them. */
	const drawn = new Map<FontSize, Box[]>(FONT_SIZES.map((size) => [size, []]));
	const boxesAt = new Map(
		FONT_SIZES.map((size) => [size, typeof boxes === 'function' ? boxes(size) : boxes])
	);
	/** The label's texts at every size, written from `x` towards `side` at height y; null when one does not fit. */
	const fit = (name: string, value: string, x: number, y: number, side: 'right' | 'left') => {
		const texts = {} as Record<FontSize, EndLabelText>;
		for (const size of FONT_SIZES) {
			const height = size * TEXT_HEIGHT;
			const obstacles = [...(boxesAt.get(size) ?? []), ...(drawn.get(size) ?? [])];
			const room = freeRoom(
				{ from: x, middle: y, height },
				side,
				side === 'right' ? right : left,
				obstacles,
				segments
			);
			const fitted = fitName(
				name,
				value,
				room - END_LABEL_PADDING,
				size,
				minimumName,
				ownBase(name)
			);
			if (fitted === null) return null;
			texts[size] = { name: fitted, value };
		}
		return texts;
	};
	for (const request of [...requests].sort((a, b) => b.x - a.x)) {
		const y = spread.get(request.key) ?? request.y;
		let label: EndLabel | null = null;
		if (request.name === null) {
			const texts = Object.fromEntries(
				FONT_SIZES.map((size) => [size, { name: null, value: request.value }])
			);
			label = {
				key: request.key,
				x: request.x + gap,
				y,
				anchor: 'start',
				texts: texts as Record<FontSize, EndLabelText>
			};
		} else {
			// Right of the point; for a label alone in its column, a little above or below that;
			// then under or over the end of the line, ending at the point.
			const alone = (columns.get(request.x)?.length ?? 0) === 1;
			const clamp = (at: number) => Math.min(bottom, Math.max(top, at));
			const candidates: { x: number; y: number; anchor: 'start' | 'end' }[] = [
				{ x: request.x + gap, y, anchor: 'start' },
				...(alone
					? [
							{ x: request.x + gap, y: clamp(y + SHIFT * lineHeight), anchor: 'start' as const },
							{ x: request.x + gap, y: clamp(y - SHIFT * lineHeight), anchor: 'start' as const },
							{
								x: request.x + ANCHOR_OVERHANG,
								y: clamp(request.y + BESIDE * lineHeight),
								anchor: 'end' as const
							},
							{
								x: request.x + ANCHOR_OVERHANG,
								y: clamp(request.y - BESIDE * lineHeight),
								anchor: 'end' as const
							}
						]
					: [])
			];
			for (const candidate of candidates) {
				const texts = fit(
					request.name,
					request.value,
					candidate.x,
					candidate.y,
					candidate.anchor === 'start' ? 'right' : 'left'
				);
				if (texts !== null) {
					label = { key: request.key, ...candidate, texts };
					break;
				}
			}
		}
		if (label === null) {
			unplaced.push(request.key);
			continue;
		}
		for (const size of FONT_SIZES) {
			const height = size * TEXT_HEIGHT;
			const width = endLabelWidth(label.texts[size], size);
			const [from, to] =
				label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
			drawn
				.get(size)
				?.push({ left: from, right: to, top: label.y - height / 2, bottom: label.y + height / 2 });
		}
		placed.push(label);
	}
	const order = new Map(requests.map((request, index) => [request.key, index]));
	placed.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
	return { placed, unplaced };
}

/**
 * Places the end labels: labels that cannot fit are left out, and the others laid out again
 * without them, until all that remain fit.
 * @example layoutEndLabels([{ key: 'sse', name: 'ESS', value: '47 %', x: 300, y: 120 }], options)
 * // { placed: [{ key: 'sse', x: 310, y: 120, anchor: 'start', texts: { 17: { name: 'ESS', value: '47 %' }, … } }], unplaced: [] }
 */
export function layoutEndLabels(
	requests: readonly EndLabelRequest[],
	options: EndLabelOptions
): EndLabelLayout {
	let remaining = [...requests];
	const unplaced: string[] = [];
	const bases = requests.map((request) => (request.name === null ? '' : baseName(request.name)));
	for (;;) {
		const layout = layoutOnce(remaining, options, bases);
		if (layout.unplaced.length === 0) {
			const order = new Map(requests.map((request, index) => [request.key, index]));
			unplaced.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
			return { placed: layout.placed, unplaced };
		}
		unplaced.push(...layout.unplaced);
		remaining = remaining.filter((request) => !layout.unplaced.includes(request.key));
	}
}
