/**
 * Text layout the browser does not do in SVG: wrapping a label into lines, and spreading labels
 * that would overlap.
 */

/**
 * Splits a text into lines of at most `maxCharacters`, at spaces. A word longer than a line gets
 * a line of its own (never cut).
 * @example wrapText('Le manque de moyens financiers', 16) // ['Le manque de', 'moyens', 'financiers']
 * @example wrapText('', 10) // []
 */
export function wrapText(text: string, maxCharacters: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter((word) => word !== '')) {
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= maxCharacters) line = `${line} ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** A label to place: its key and the position it wants. */
export interface LabelPosition {
	key: string;
	position: number;
}

/**
 * Moves labels along one axis so that any two are at least `minimumGap` apart, moving them as
 * little as possible (least squares): labels that would overlap form a stack centred on where
 * they want to be, and stacks that meet merge. Stacks are kept within [min, max] when they fit;
 * a stack taller than the room starts at `min`. Labels keep their order.
 * @example spreadLabels([{ key: 'a', position: 100 }, { key: 'b', position: 104 }], 16, 0, 300)
 * // Map { 'a' => 94, 'b' => 110 }
 */
export function spreadLabels(
	labels: readonly LabelPosition[],
	minimumGap: number,
	min: number,
	max: number
): Map<string, number> {
	const sorted = [...labels].sort((a, b) => a.position - b.position);
	/** Where a stack of `count` labels may start. */
	const clampTop = (top: number, count: number) =>
		Math.max(min, Math.min(top, max - (count - 1) * minimumGap));
	const stacks: { labels: LabelPosition[]; top: number }[] = [];
	for (const label of sorted) {
		stacks.push({ labels: [label], top: clampTop(label.position, 1) });
		while (stacks.length > 1) {
			const last = stacks[stacks.length - 1];
			const previous = stacks[stacks.length - 2];
			if (previous.top + previous.labels.length * minimumGap <= last.top) break;
			const merged = [...previous.labels, ...last.labels];
			const top =
				merged.reduce((sum, one, index) => sum + one.position - index * minimumGap, 0) /
				merged.length;
			stacks.splice(-2, 2, { labels: merged, top: clampTop(top, merged.length) });
		}
	}
	return new Map(
		stacks.flatMap((stack) =>
			stack.labels.map((label, index) => [label.key, stack.top + index * minimumGap] as const)
		)
	);
}
