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

/**
 * The font sizes of a chart's text, in viewBox units, by the width of the chart in CSS pixels:
 * ChartFrame's container queries set them, and layers that pick a label for each size (AxisX,
 * EndLabels) show it with the same queries (`@container (max-width: 439px)`, 440–599, 600–679,
 * from 680). Largest first.
 */
export const FONT_SIZES = [17, 14, 12, 11] as const;
export type FontSize = (typeof FONT_SIZES)[number];

/**
 * The width of each character, as a share of the font size, for labels measured more closely
 * than by `textWidth`: the widest of the common fallback fonts (DejaVu Sans), digits at their
 * tabular width, bold a little wider.
 */
function characterWidth(character: string, bold: boolean): number {
	let width: number;
	if (/[0-9]/.test(character)) width = 0.64;
	else if (character === '%') width = 0.96;
	else if (/[\s\u00a0\u202f]/.test(character)) width = 0.32;
	else if (/[.,:;'’!|()\-ilj]/.test(character)) width = 0.34;
	else if (/[frt/]/.test(character)) width = 0.44;
	else if (/[mwMW@]/.test(character)) width = 0.92;
	else if (/[A-Z\u00c0-\u00de]/.test(character)) width = 0.72;
	else width = 0.6;
	return bold ? width * 1.1 : width;
}

/**
 * The width a text takes at a font size, summed character by character (characterWidth).
 * @example measureText('2016', 17) // 43.5
 */
export function measureText(text: string, fontSize: number, bold = false): number {
	let width = 0;
	for (const character of text) width += characterWidth(character, bold);
	return Math.round(width * fontSize * 10) / 10;
}
