/**
 * How much free room a line of text has in a drawing: from where it starts, rightwards or
 * leftwards, until it meets a mark (a box) or a stretch of line (a segment), or a limit.
 */

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

/** A band of text: where it starts, the height of its middle, how tall it is. */
export interface TextBand {
	from: number;
	middle: number;
	height: number;
}

/** Where a text starting at `left`, centred on `middle` and `height` tall, first meets something. */
function roomRightwards(
	left: number,
	middle: number,
	height: number,
	limit: number,
	boxes: readonly Box[],
	segments: readonly Segment[]
): number {
	const top = middle - height / 2;
	const bottom = middle + height / 2;
	let end = limit;
	for (const box of boxes) {
		if (box.bottom <= top || box.top >= bottom || box.right <= left) continue;
		end = Math.min(end, Math.max(left, box.left));
	}
	for (const segment of segments) {
		const [a, b] =
			segment.x1 <= segment.x2
				? [
						[segment.x1, segment.y1],
						[segment.x2, segment.y2]
					]
				: [
						[segment.x2, segment.y2],
						[segment.x1, segment.y1]
					];
		if (b[0] <= left) continue;
		// The stretch of the segment inside the text's band, as an x interval.
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

// Room leftwards is room rightwards in a mirror.
const mirrorBox = (box: Box): Box => ({ ...box, left: -box.right, right: -box.left });
const mirrorSegment = (segment: Segment): Segment => ({
	...segment,
	x1: -segment.x1,
	x2: -segment.x2
});

/**
 * The free room of a band of text written from `band.from` towards `side`, up to `limit` (the
 * edge of the drawing on that side), among boxes and segments: 0 when something is where it
 * starts.
 * @example freeRoom({ from: 100, middle: 50, height: 10 }, 'right', 400, [{ left: 150, right: 160, top: 40, bottom: 60 }], []) // 50
 * @example freeRoom({ from: 100, middle: 50, height: 10 }, 'left', 0, [], [{ x1: 20, y1: 0, x2: 20, y2: 100 }]) // 80
 */
export function freeRoom(
	band: TextBand,
	side: 'right' | 'left',
	limit: number,
	boxes: readonly Box[],
	segments: readonly Segment[]
): number {
	return side === 'right'
		? roomRightwards(band.from, band.middle, band.height, limit, boxes, segments)
		: roomRightwards(
				-band.from,
				band.middle,
				band.height,
				-limit,
				boxes.map(mirrorBox),
				segments.map(mirrorSegment)
			);
}
