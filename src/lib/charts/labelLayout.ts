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
 * Moves labels along one axis so that any two are at least `minimumGap` apart, as little as it
 * can, within [min, max] when they fit. Labels keep their order.
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
	const positions = sorted.map((label) => label.position);
	// Push each overlapping pair apart around its middle, until nothing overlaps (a few passes).
	for (let pass = 0; pass < sorted.length * 4; pass += 1) {
		let moved = false;
		for (let index = 1; index < positions.length; index += 1) {
			const overlap = minimumGap - (positions[index] - positions[index - 1]);
			if (overlap > 1e-9) {
				positions[index - 1] -= overlap / 2;
				positions[index] += overlap / 2;
				moved = true;
			}
		}
		if (!moved) break;
	}
	// Keep the stack inside [min, max], shifting it whole, then close any gap the shift opened.
	const last = positions.length - 1;
	if (last >= 0 && positions[last] > max) {
		const shift = positions[last] - max;
		for (let index = 0; index <= last; index += 1) positions[index] -= shift;
	}
	if (last >= 0 && positions[0] < min) {
		const shift = min - positions[0];
		for (let index = 0; index <= last; index += 1) positions[index] += shift;
	}
	return new Map(sorted.map((label, index) => [label.key, positions[index]]));
}
