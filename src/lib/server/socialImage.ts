import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { socialCardSvg, SOCIAL_IMAGE_WIDTH, type SocialCard } from '../exports/socialPreview';

/**
 * The fonts of the preview images, kept in the repository (fonts/LICENSE.txt) and read from the
 * project folder the build runs in: with system fonts, the images would differ between machines.
 */
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
	resolve('src/lib/server/fonts', name)
);

/**
 * A page's preview image: its card (socialCardSvg) rendered to a 1200×630 PNG by resvg, with the
 * repository's fonts only.
 */
export function socialImage(card: SocialCard): Uint8Array<ArrayBuffer> {
	const rendered = new Resvg(socialCardSvg(card), {
		fitTo: { mode: 'width', value: SOCIAL_IMAGE_WIDTH },
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
		background: '#ffffff'
	}).render();
	return Uint8Array.from(rendered.asPng());
}
