/**
 * What each export control makes, and the names of the downloaded files:
 * `<chart id>.<lang>.svg`, `.png`, `-print.png`, `.csv`.
 */
import type { Lang } from '../i18n/lang';

/** The export controls, as their `data-export` attribute names them. */
export const exportKinds = ['svg', 'png', 'png-print', 'csv', 'embed'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** The width of an exported chart, in CSS pixels, whatever the reader's window. */
export const EXPORT_WIDTH = 640;
/** The screen PNG: twice the export width. */
export const SCREEN_SCALE = 2;
/** The print PNG: 160 mm wide at 300 dpi. */
export const PRINT_DPI = 300;
export const PRINT_WIDTH_MM = 160;

/** The print PNG's width in pixels. @example printWidth() // 1890 */
export function printWidth(): number {
	return Math.round((PRINT_WIDTH_MM / 25.4) * PRINT_DPI);
}

const extensions: Record<Exclude<ExportKind, 'embed'>, string> = {
	svg: '.svg',
	png: '.png',
	'png-print': '-print.png',
	csv: '.csv'
};

/**
 * The file name of an export; ids are the charts' own (letters, digits, `-`, `_`), anything else
 * becomes `-` so that no name leaves the download folder.
 * @example exportFilename('awareness', 'fr', 'png-print') // 'awareness.fr-print.png'
 */
export function exportFilename(id: string, lang: Lang, kind: Exclude<ExportKind, 'embed'>): string {
	const safe = id.replace(/[^A-Za-z0-9_-]/g, '-');
	return `${safe}.${lang}${extensions[kind]}`;
}
