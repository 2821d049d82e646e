/**
 * The fixed sizes of the charts, in viewBox units. Every chart is drawn in a viewBox
 * CHART_WIDTH wide and scaled to its container (width 100 %), so the same SVG serves a phone and
 * a desktop without JavaScript. Text is laid out for the largest font the charts use (on a phone,
 * where the viewBox is scaled down most); wider charts get a smaller font in viewBox units
 * (ChartFrame's container queries), which only adds room.
 */

/** The width of every chart's viewBox. At 360 px wide, one unit is about 0.7 px. */
export const CHART_WIDTH = 480;

/** The largest font size in viewBox units (charts narrower than 440 px): about 12 px on a phone. */
export const MAX_FONT_SIZE = 17;

/**
 * The average width of a character, as a share of the font size, for wrapping labels: 0.6 fits
 * the widest common fallback (DejaVu Sans, Linux); the system fonts of phones are narrower.
 */
export const CHARACTER_WIDTH = 0.6;

/** The height of a line of label text, in viewBox units. */
export const LINE_HEIGHT = Math.round(MAX_FONT_SIZE * 1.25);

/**
 * How many characters fit on a line of the given width at the largest font.
 * @example charactersIn(480) // 47
 */
export function charactersIn(width: number): number {
	return Math.floor(width / (MAX_FONT_SIZE * CHARACTER_WIDTH));
}

/**
 * The width a text takes at the largest font, estimated from its length; `scale` for a smaller
 * font (0.85 for 0.85em).
 * @example textWidth('2016') // 40.8
 */
export function textWidth(text: string, scale = 1): number {
	return Math.round(text.length * MAX_FONT_SIZE * CHARACTER_WIDTH * scale * 10) / 10;
}
