/**
 * Where the tooltip panel goes: in a corner of the chart away from the point it describes, so it
 * never hides that point. It is placed with classes (a strict CSP forbids inline styles).
 */

/** A corner of the chart. */
export interface TooltipPlacement {
	horizontal: 'left' | 'right';
	vertical: 'top' | 'bottom';
}

/** Above this share of the height from the top, a point sends the panel to the bottom. */
const TOP_SHARE = 0.45;

/**
 * The corner for a point at (x, y) in a chart of the given size (same units): the other half
 * horizontally; the top, unless the point is in the upper part.
 * @example tooltipPlacement({ x: 400, y: 200 }, { width: 480, height: 300 })
 * // { horizontal: 'left', vertical: 'top' }
 * @example tooltipPlacement({ x: 40, y: 50 }, { width: 480, height: 300 })
 * // { horizontal: 'right', vertical: 'bottom' }
 */
export function tooltipPlacement(
	point: { x: number; y: number },
	size: { width: number; height: number }
): TooltipPlacement {
	return {
		horizontal: point.x > size.width / 2 ? 'left' : 'right',
		vertical: point.y < size.height * TOP_SHARE ? 'bottom' : 'top'
	};
}
