/**
 * The vertical layout of charts drawn as rows (ranked bars, dumbbells): each row is its label,
 * wrapped on one or more lines, then its mark (a bar, a pair of points). Rows grow with their
 * label, so the chart's height follows from its content.
 */

/** Sizes of a row, in viewBox units. */
export interface RowMetrics {
	/** Height of a line of label. */
	lineHeight: number;
	/** Height of the mark under the label. */
	markHeight: number;
	/** Space between the label and the mark. */
	labelGap: number;
	/** Space between a row and the next. */
	rowGap: number;
}

/** Where a row sits. */
export interface RowBox {
	key: string;
	top: number;
	/** The baseline of each line of the label. */
	baselines: number[];
	markTop: number;
	markCenter: number;
	bottom: number;
}

/** How far a baseline sits into its line, as a share of the line height. */
const BASELINE_SHARE = 0.78;

/** Rounds to 2 decimals: short, stable SVG coordinates. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * Stacks rows from y = 0 and gives the total height.
 * @example stackRows([{ key: 'a', lineCount: 1 }], { lineHeight: 20, markHeight: 18, labelGap: 4, rowGap: 12 })
 * // { rows: [{ key: 'a', top: 0, baselines: [15.6], markTop: 24, markCenter: 33, bottom: 42 }], height: 42 }
 */
export function stackRows(
	rows: readonly { key: string; lineCount: number }[],
	metrics: RowMetrics
): { rows: RowBox[]; height: number } {
	const boxes: RowBox[] = [];
	let top = 0;
	for (const row of rows) {
		const baselines = Array.from({ length: row.lineCount }, (_, line) =>
			round(top + (line + BASELINE_SHARE) * metrics.lineHeight)
		);
		const markTop =
			top + row.lineCount * metrics.lineHeight + (row.lineCount > 0 ? metrics.labelGap : 0);
		const bottom = markTop + metrics.markHeight;
		boxes.push({
			key: row.key,
			top,
			baselines,
			markTop,
			markCenter: markTop + metrics.markHeight / 2,
			bottom
		});
		top = bottom + metrics.rowGap;
	}
	const last = boxes[boxes.length - 1];
	return { rows: boxes, height: last === undefined ? 0 : last.bottom };
}
