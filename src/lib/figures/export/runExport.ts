/**
 * What the export controls do once pressed (ExportControls.svelte imports this module on the
 * first click, so that the pages' JavaScript does not grow): SVG, PNG for screens (2×) and print
 * (160 mm at 300 dpi, the resolution written in the file), the chart's CSV, and the embed code.
 * Files are handed over through `data:` URLs: the site's policy has no `blob:`, and the PNG is
 * rasterised from the SVG through an <img> with a `data:` URL, which `img-src` allows.
 */
import { chartCsv } from '../../views/charts/chartCsv';
import { chartTitle } from '../../charts/text/exportText';
import { embedPath, embedSnippet, embedUrl } from '../../exports/embedSnippet';
import {
	EXPORT_WIDTH,
	exportFilename,
	PRINT_DPI,
	printWidth,
	SCREEN_SCALE,
	type ExportKind
} from '../../exports/exportNames';
import { withResolution } from '../../exports/pngResolution';
import type { Component } from 'svelte';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ChartView } from '../../views/types';
import { chartSvg } from './chartSvg';

/** What an export needs to know about the page. */
export interface ExportContext {
	lang: Lang;
	chart: ChartView;
	/** The chart's component, drawn again off screen (it is on the page already, with its styles). */
	component: Component<{ view: never; lang: Lang }>;
	/** The site's absolute address, when known (SITE_URL or the data's); null otherwise. */
	siteUrl: string | null;
	/** site.csv's source line, written under the chart. */
	sourceLine: string;
	/** The site's base path ('' or '/folder'). */
	base: string;
	/** The group of buttons: the embed code is shown after it. */
	group: HTMLElement;
}

/** Bytes as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let at = 0; at < bytes.length; at += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	return btoa(binary);
}

/** Hands a file to the browser's downloads. */
function download(filename: string, type: string, bytes: Uint8Array): void {
	const link = document.createElement('a');
	link.href = `data:${type};base64,${base64(bytes)}`;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
}

/** An SVG drawn on a canvas `width` pixels wide, as PNG bytes (without a resolution). */
async function rasterise(svg: string, svgWidth: number, svgHeight: number, width: number) {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = Math.round((svgHeight * width) / svgWidth);
	const context = canvas.getContext('2d');
	if (context === null) throw new Error('no 2D canvas');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (blob === null) throw new Error('the canvas gave no PNG');
	return new Uint8Array(await blob.arrayBuffer());
}

/** The height of the embed page at the export width, measured in a hidden frame of this site. */
async function embedHeight(path: string): Promise<number> {
	const frame = document.createElement('iframe');
	frame.className = 'export-stage';
	frame.width = String(EXPORT_WIDTH);
	frame.height = '100';
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	const loaded = new Promise<void>((resolve, reject) => {
		frame.addEventListener('load', () => resolve(), { once: true });
		frame.addEventListener('error', () => reject(new Error(`${path} did not load`)), {
			once: true
		});
	});
	frame.src = path;
	document.body.append(frame);
	try {
		await loaded;
		const root = frame.contentDocument?.documentElement;
		if (!root) throw new Error(`${path} could not be measured`);
		return root.scrollHeight;
	} finally {
		frame.remove();
	}
}

/**
 * Shows the embed code after the buttons, selected (a second press replaces it): made here rather
 * than by ExportControls, so that the pages' JavaScript does not carry it.
 */
function showCode(group: HTMLElement, lang: Lang, code: string): void {
	let field = group.parentElement?.querySelector<HTMLTextAreaElement>('.export__code textarea');
	if (!field) {
		const label = document.createElement('label');
		label.className = 'export__code';
		field = document.createElement('textarea');
		field.readOnly = true;
		field.rows = 3;
		label.append(t(lang, 'export.embed'), field);
		group.after(label);
	}
	field.value = code;
	field.select();
}

/**
 * Runs one export and gives what the status line says. Files go to the downloads; the embed code
 * is shown and copied (without the clipboard, a refused permission, it stays selected to copy by
 * hand).
 */
export async function runExport(kind: ExportKind, context: ExportContext): Promise<string> {
	const { lang, chart } = context;
	const id = chart.view.id;
	const encoder = new TextEncoder();
	switch (kind) {
		case 'csv':
			download(
				exportFilename(id, lang, 'csv'),
				'text/csv;charset=utf-8',
				encoder.encode(chartCsv(lang, chart))
			);
			return '';
		case 'svg': {
			const { svg } = chartSvg(lang, chart, context.component, context.sourceLine);
			download(exportFilename(id, lang, 'svg'), 'image/svg+xml', encoder.encode(svg));
			return '';
		}
		case 'png':
		case 'png-print': {
			const { svg, width, height } = chartSvg(lang, chart, context.component, context.sourceLine);
			const print = kind === 'png-print';
			const png = await rasterise(svg, width, height, print ? printWidth() : width * SCREEN_SCALE);
			download(
				exportFilename(id, lang, kind),
				'image/png',
				print ? withResolution(png, PRINT_DPI) : png
			);
			return '';
		}
		case 'embed': {
			const path = `${context.base}${embedPath(lang, id)}`;
			const height = await embedHeight(path);
			const url = embedUrl(lang, id, context.siteUrl, context.base, location.href);
			const code = embedSnippet(url, chartTitle(chart), height);
			showCode(context.group, lang, code);
			return navigator.clipboard.writeText(code).then(
				() => t(lang, 'export.copied'),
				() => ''
			);
		}
	}
}
