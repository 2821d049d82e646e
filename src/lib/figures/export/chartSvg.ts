/**
 * A chart as a standalone SVG file, in the browser: the chart's component (given by its figure,
 * so that its styles are on the page already) is mounted off screen in a
 * 640 px wide, light-coloured stage (app.css `.export-stage`), laid out by the browser as on a
 * page of that width, then written out element by element with the computed styles as
 * presentation attributes (no CSS, no custom properties, no class, no script). The key and the
 * marks' explanation, which are HTML around the chart's SVG, become SVG text at the place the
 * browser put them. Title and description above, source, bases and margin note below.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { describeDumbbell, describeRankedBars, describeTrend } from '../../charts/text/describe';
import { baseLine, chartEstimates, chartTitle, marginNote } from '../../charts/text/exportText';
import { wrapLines } from '../../charts/text/svgText';
import { escapeXml } from '../../exports/escapeXml';
import { EXPORT_WIDTH } from '../../exports/exportNames';
import type { Lang } from '../../i18n/lang';
import type { ChartView } from '../../views/types';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Generic families only: the file must look the same without the site's fonts. */
const FONT_FAMILY = 'sans-serif';
const PADDING = 16;
const TEXT_WIDTH = EXPORT_WIDTH - 2 * PADDING;
const TITLE_SIZE = 18;
const DESCRIPTION_SIZE = 13;
const FOOTER_SIZE = 11;

/** The SVG an export writes, with its size in CSS pixels. */
export interface ChartSvg {
	svg: string;
	width: number;
	height: number;
}

/** The inherited properties written as presentation attributes, where they change. */
const inherited = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor'
];

/** Attributes of the components' markup that carry geometry, kept as they are. */
const geometry = new Set([
	'x',
	'y',
	'x1',
	'x2',
	'y1',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'dx',
	'dy',
	'd',
	'points',
	'width',
	'height',
	'transform'
]);

/** Elements worth writing: shapes, groups and text. */
const drawn = new Set([
	'g',
	'path',
	'line',
	'polyline',
	'polygon',
	'rect',
	'circle',
	'ellipse',
	'text',
	'tspan'
]);

/**
 * A CSS colour as SVG 1.1 takes it (a hex colour, its alpha apart), so that Illustrator and
 * Inkscape read it too.
 */
function svgColour(value: string): { colour: string; alpha: number } | null {
	if (value === 'none' || value === '') return null;
	const match = value.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
	if (!match) return { colour: value, alpha: 1 };
	const hex = match
		.slice(1, 4)
		.map((part) => Math.round(Number(part)).toString(16).padStart(2, '0'))
		.join('');
	return { colour: `#${hex}`, alpha: match[4] === undefined ? 1 : Number(match[4]) };
}

/** A property's value as an attribute: colours in hex with their alpha apart, lengths without px. */
function propertyAttributes(property: string, value: string): string[] {
	if (property === 'fill' || property === 'stroke') {
		const colour = svgColour(value);
		if (colour === null) return [`${property}="none"`];
		const attributes = [`${property}="${escapeXml(colour.colour)}"`];
		if (colour.alpha < 1) attributes.push(`${property}-opacity="${colour.alpha}"`);
		return attributes;
	}
	return [`${property}="${escapeXml(value.replace(/px/g, ''))}"`];
}

/**
 * The attributes of one element: its geometry, then the inherited properties whose computed value
 * differs from its parent's (all of them when `parent` is null), opacity and baseline.
 */
function attributesOf(
	element: Element,
	style: CSSStyleDeclaration,
	parent: CSSStyleDeclaration | null
): string[] {
	const attributes: string[] = [];
	for (const attribute of element.attributes)
		if (geometry.has(attribute.name))
			attributes.push(`${attribute.name}="${escapeXml(attribute.value)}"`);
	for (const property of inherited) {
		const value = style.getPropertyValue(property).trim();
		if (value === '' || (parent !== null && parent.getPropertyValue(property).trim() === value))
			continue;
		attributes.push(...propertyAttributes(property, value));
	}
	if (style.opacity !== '1') attributes.push(`opacity="${escapeXml(style.opacity)}"`);
	const baseline = style.getPropertyValue('dominant-baseline').trim();
	if (baseline !== '' && baseline !== 'auto')
		attributes.push(`dominant-baseline="${escapeXml(baseline)}"`);
	return attributes;
}

/** An SVG element and what it draws, written with presentation attributes. */
function writeElement(element: Element, parent: CSSStyleDeclaration): string {
	const tag = element.tagName.toLowerCase();
	if (!drawn.has(tag)) return '';
	const style = getComputedStyle(element);
	if (style.display === 'none' || style.visibility === 'hidden') return '';
	const list = attributesOf(element, style, parent);
	const attributes = list.length === 0 ? '' : ` ${list.join(' ')}`;
	if (tag === 'text' || tag === 'tspan') {
		const content = [...element.childNodes]
			.map((node) =>
				node.nodeType === Node.TEXT_NODE
					? escapeXml(node.textContent ?? '')
					: node instanceof Element
						? writeElement(node, style)
						: ''
			)
			.join('');
		// A halo (the stroke painted under the fill, `paint-order: stroke`) becomes a copy of the
		// text drawn first with the stroke only: SVG 1.1 readers do not know paint-order.
		if (tag === 'text' && style.paintOrder.startsWith('stroke') && style.stroke !== 'none') {
			const all = attributesOf(element, style, null).filter((a) => !/^(fill|stroke)=/.test(a));
			const fill = propertyAttributes('fill', style.fill).join(' ');
			const stroke = propertyAttributes('stroke', style.stroke).join(' ');
			return `<text ${all.join(' ')} fill="none" ${stroke}>${content}</text><text ${all.join(' ')} ${fill} stroke="none">${content}</text>`;
		}
		return `<${tag}${attributes}>${content}</${tag}>`;
	}
	const children = [...element.children].map((child) => writeElement(child, style)).join('');
	if (tag === 'g' && children === '') return '';
	return children === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children}</${tag}>`;
}

/** An inner <svg> (the chart, a key's swatch, a glyph) placed where the browser laid it out. */
function writeSvgAt(svg: SVGSVGElement, origin: DOMRect): string {
	const style = getComputedStyle(svg);
	if (style.display === 'none') return '';
	const rect = svg.getBoundingClientRect();
	if (rect.width === 0 || rect.height === 0) return '';
	const viewBox = svg.getAttribute('viewBox');
	const attributes = [
		`x="${round(rect.left - origin.left)}"`,
		`y="${round(rect.top - origin.top)}"`,
		`width="${round(rect.width)}"`,
		`height="${round(rect.height)}"`,
		viewBox === null ? '' : `viewBox="${escapeXml(viewBox)}"`,
		'overflow="visible"',
		...attributesOf(svg, style, null).filter((a) => !/^(width|height)=/.test(a))
	].filter((attribute) => attribute !== '');
	const children = [...svg.children].map((child) => writeElement(child, style)).join('');
	return `<svg ${attributes.join(' ')}>${children}</svg>`;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The HTML text of the stage (key, marks' explanation) as SVG text, line by line. */
function writeHtmlText(stage: HTMLElement, origin: DOMRect): string {
	const out: string[] = [];
	const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (parent === null || parent.closest('svg') || parent.closest('.visually-hidden')) continue;
		const style = getComputedStyle(parent);
		if (style.display === 'none' || style.visibility === 'hidden') continue;
		const text = node.textContent ?? '';
		const fontSize = parseFloat(style.fontSize);
		const colour = svgColour(style.color);
		/** Words on the same line share a <text>; each line starts where the browser put it. */
		let line: { top: number; left: number; bottom: number; words: string[] } | null = null;
		const flush = () => {
			if (line === null) return;
			const baseline = line.bottom - (line.bottom - line.top - fontSize) / 2 - fontSize * 0.22;
			out.push(
				`<text x="${round(line.left - origin.left)}" y="${round(baseline - origin.top)}" font-size="${round(fontSize)}"${style.fontWeight !== '400' ? ` font-weight="${escapeXml(style.fontWeight)}"` : ''} fill="${escapeXml(colour?.colour ?? '#1a1a1a')}">${escapeXml(line.words.join(' '))}</text>`
			);
			line = null;
		};
		for (const match of text.matchAll(/\S+/g)) {
			const range = document.createRange();
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			const rect = range.getBoundingClientRect();
			if (rect.width === 0) continue;
			if (line !== null && Math.abs(rect.top - line.top) > fontSize / 2) flush();
			if (line === null)
				line = { top: rect.top, left: rect.left, bottom: rect.bottom, words: [match[0]] };
			else line.words.push(match[0]);
		}
		flush();
	}
	return out.join('');
}

/** Lines of text from `y` down, returning the SVG and the height used. */
function textBlock(
	text: string,
	y: number,
	size: number,
	fill: string,
	weight = '400'
): { svg: string; height: number } {
	const lineHeight = Math.round(size * 1.35);
	const lines = wrapLines(text, TEXT_WIDTH, size);
	const svg = lines
		.map(
			(line, index) =>
				`<text x="${PADDING}" y="${y + size + index * lineHeight}" font-size="${size}"${weight === '400' ? '' : ` font-weight="${weight}"`} fill="${fill}">${escapeXml(line)}</text>`
		)
		.join('');
	return { svg, height: lines.length * lineHeight };
}

function describe(lang: Lang, chart: ChartView): string {
	switch (chart.kind) {
		case 'trend':
			return describeTrend(lang, chart.view);
		case 'bars':
			return describeRankedBars(lang, chart.view);
		case 'gaps':
			return describeDumbbell(lang, chart.view);
	}
}

/** A chart component: TrendChart, RankedBars or GapDumbbell. */
export type ChartComponent = Component<{ view: never; lang: Lang }>;

/** The chart laid out 640 px wide, off screen, in light colours; removed by the returned function. */
function stageChart(
	lang: Lang,
	chart: ChartView,
	component: ChartComponent
): { stage: HTMLElement; remove: () => void } {
	const stage = document.createElement('div');
	stage.className = 'export-stage theme-light';
	stage.setAttribute('aria-hidden', 'true');
	document.body.append(stage);
	const instance = mount(component, {
		target: stage,
		props: { view: chart.view as never, lang }
	});
	flushSync();
	return {
		stage,
		remove: () => {
			void unmount(instance);
			stage.remove();
		}
	};
}

/**
 * The chart as an SVG file 640 wide: white background, title, description, the chart as the
 * browser lays it out at that width, then the source (site.csv's line), the bases and the margin
 * note.
 */
export function chartSvg(
	lang: Lang,
	chart: ChartView,
	component: ChartComponent,
	source: string
): ChartSvg {
	const { stage, remove } = stageChart(lang, chart, component);
	try {
		const text = '#1a1a1a';
		const muted = '#555555';
		let y = PADDING;
		const title = textBlock(chartTitle(chart), y, TITLE_SIZE, text, '700');
		y += title.height + 4;
		const description = textBlock(describe(lang, chart), y, DESCRIPTION_SIZE, muted);
		y += description.height + 8;

		const origin = stage.getBoundingClientRect();
		const svgs = [...stage.querySelectorAll('svg')].filter(
			(svg) => svg.parentElement?.closest('svg') === null
		);
		const body = `<g transform="translate(0,${y})" font-family="${FONT_FAMILY}">${svgs
			.map((svg) => writeSvgAt(svg, origin))
			.join('')}${writeHtmlText(stage, origin)}</g>`;
		y += Math.ceil(origin.height) + 8;

		let footerSvg = '';
		for (const line of [source, baseLine(lang, chartEstimates(chart)), marginNote(lang)]) {
			const block = textBlock(line, y, FOOTER_SIZE, muted);
			footerSvg += block.svg;
			y += block.height + 2;
		}
		const height = Math.ceil(y + PADDING);
		const svg = [
			'<?xml version="1.0" encoding="UTF-8"?>',
			`<svg xmlns="${SVG_NS}" version="1.1" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
			`<title>${escapeXml(chartTitle(chart))}</title>`,
			`<rect x="0" y="0" width="${EXPORT_WIDTH}" height="${height}" fill="#ffffff"/>`,
			`<g font-family="${FONT_FAMILY}">${title.svg}${description.svg}</g>`,
			body,
			`<g font-family="${FONT_FAMILY}">${footerSvg}</g>`,
			'</svg>'
		].join('\n');
		return { svg, width: EXPORT_WIDTH, height };
	} finally {
		remove();
	}
}
