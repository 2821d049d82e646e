/**
 * Which labels of an axis to write at each font size, so that none overlaps another: the first
 * and last always, then the ticks the caller ranks first (the years with a figure), then the
 * others, each kept when it has room beside those already kept.
 */
import { FONT_SIZES, measureText, type FontSize } from '../frame/dimensions';

/** A tick's label, where it sits (its anchor point, in viewBox units) and how it is anchored. */
export interface TickLabel {
	value: number;
	text: string;
	x: number;
	anchor: 'start' | 'middle' | 'end';
	/** Lower ranks are kept first: 0 for the first and last ticks, then as the caller says. */
	rank: number;
}

/** The left and right ends of a label at a font size. */
function extent(label: TickLabel, fontSize: number): [number, number] {
	const width = measureText(label.text, fontSize);
	if (label.anchor === 'start') return [label.x, label.x + width];
	if (label.anchor === 'end') return [label.x - width, label.x];
	return [label.x - width / 2, label.x + width / 2];
}

/**
 * The values whose labels fit at one font size, at least `minimumGap` (a share of the font size) apart: by rank, then left
 * to right within a rank. The ranks decide who yields when not all fit; rank 0 is always kept.
 * @example fittingTicks([{ value: 2016, x: 100, … rank: 0 }, { value: 2017, x: 300, … rank: 0 }], 17, 0.3)
 * // Set { 2016, 2017 }
 */
export function fittingTicks(
	labels: readonly TickLabel[],
	fontSize: number,
	minimumGap: number
): Set<number> {
	const order = [...labels].sort((a, b) => a.rank - b.rank || a.x - b.x);
	const kept: [number, number][] = [];
	const values = new Set<number>();
	for (const label of order) {
		const [left, right] = extent(label, fontSize);
		const gap = minimumGap * fontSize;
		const overlaps = kept.some(
			([otherLeft, otherRight]) => left < otherRight + gap && otherLeft < right + gap
		);
		if (overlaps && label.rank > 0) continue;
		kept.push([left, right]);
		values.add(label.value);
	}
	return values;
}

/**
 * For each tick, the font sizes (FONT_SIZES) at which its label is written; the first and last
 * ticks get rank 0, so they are always written.
 * @example tickLabelSizes(labels, 0.3).get(2013) // [14, 12, 11]: hidden on a phone only
 */
export function tickLabelSizes(
	labels: readonly TickLabel[],
	minimumGap: number
): Map<number, FontSize[]> {
	const sorted = [...labels].sort((a, b) => a.x - b.x);
	const ranked = sorted.map((label, index) =>
		index === 0 || index === sorted.length - 1 ? { ...label, rank: 0 } : label
	);
	const fits = FONT_SIZES.map((size) => [size, fittingTicks(ranked, size, minimumGap)] as const);
	return new Map(
		labels.map((label) => [
			label.value,
			fits.filter(([, values]) => values.has(label.value)).map(([size]) => size)
		])
	);
}
