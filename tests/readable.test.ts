/**
 * The trend charts at a phone's width (390 px) and a desktop's (1280 px): no panel draws more than
 * five lines, the panels sit side by side on a wide screen and stacked on a phone, a chart takes
 * the width of the text column, its text stays at reading size, and the labels of missing waves
 * never cover a point. Screenshots of the charts go to /tmp/readable-shots/ for a human to look at.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchPage } from './setup/browser';

const baseURL = inject('baseURL');
const shots = '/tmp/readable-shots/';

const widths = [390, 1280];
const pages = [
	{ name: 'awareness', path: 'awareness/' },
	{ name: 'question-priority', path: 'questions/priority_problems/' },
	{ name: 'question-awareness-en', path: 'en/questions/awareness_terms/' },
	{ name: 'explorer-priority', path: 'explorer/?q=priority_problems' }
];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	await mkdir(shots, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

/** What the tests measure of each trend figure's panels. */
interface PanelMeasure {
	left: number;
	top: number;
	width: number;
	lines: number;
	/** The smallest font size of the chart's text, in CSS pixels. */
	smallestFont: number;
	/** Missing-wave labels that overlap a point of the same panel. */
	covered: number;
}

async function measurePanels(page: Page): Promise<{ column: number; panels: PanelMeasure[][] }> {
	return page.evaluate(() => {
		const overlaps = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const figures = [...document.querySelectorAll('.trend-panels')];
		const column = document.querySelector('main')!.getBoundingClientRect();
		const style = getComputedStyle(document.querySelector('main')!);
		return {
			column: column.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
			panels: figures.map((figure) =>
				[...figure.querySelectorAll('.chart-frame svg')].map((svg) => {
					const box = svg.getBoundingClientRect();
					const texts = [...svg.querySelectorAll('text')].filter(
						(text) => text.getBoundingClientRect().width > 0
					);
					const points = [...svg.querySelectorAll('[tabindex]')].map((point) =>
						point.getBoundingClientRect()
					);
					const labels = [...svg.querySelectorAll('.gap-marker__label')].map((label) =>
						label.getBoundingClientRect()
					);
					return {
						left: Math.round(box.left),
						top: Math.round(box.top),
						width: Math.round(box.width),
						lines: new Set(
							[...svg.querySelectorAll('.line')].map((line) => line.closest('.series'))
						).size,
						smallestFont: Math.min(
							...texts.map((text) => {
								const size = parseFloat(getComputedStyle(text).fontSize);
								const matrix = (text as SVGGraphicsElement).getScreenCTM();
								return size * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
							})
						),
						covered: labels.filter((label) => points.some((point) => overlaps(label, point))).length
					};
				})
			)
		};
	});
}

describe.each(widths)('at %i px', { timeout: 90_000 }, (width) => {
	it.each(pages)('$name: panels of at most five lines, readable, uncovered', async (site) => {
		const page = await browser.newPage({ viewport: { width, height: 844 } });
		const problems = watchPage(page);
		try {
			const response = await page.goto(new URL(site.path, baseURL).href, {
				waitUntil: 'networkidle'
			});
			expect(response?.status()).toBe(200);
			await page.screenshot({ path: `${shots}${site.name}-${width}.png`, fullPage: true });
			// The first trend figure alone, at full resolution, to look at its panels.
			await page
				.locator('.chart-figure:has(.trend-panels)')
				.first()
				.screenshot({ path: `${shots}${site.name}-${width}-trend.png` });
			const { column, panels } = await measurePanels(page);
			expect(panels.length, 'a trend figure').toBeGreaterThan(0);
			for (const figure of panels) {
				for (const panel of figure) {
					expect(panel.lines, 'lines in a panel').toBeGreaterThan(0);
					expect(panel.lines, 'lines in a panel').toBeLessThanOrEqual(5);
					expect(panel.smallestFont, 'smallest chart text in px').toBeGreaterThanOrEqual(10.5);
					expect(panel.covered, 'missing-wave labels over a point').toBe(0);
				}
				const rows = new Set(figure.map((panel) => panel.top)).size;
				if (figure.length === 1) {
					// One panel takes the column's width, up to about 800 px.
					expect(figure[0].width).toBeGreaterThanOrEqual(Math.min(column, 800) - 2);
				} else if (width < 600) {
					expect(rows, 'stacked on a phone').toBe(figure.length);
				} else {
					expect(rows, 'side by side on a wide screen').toBeLessThan(figure.length);
				}
			}
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('in every panel', { timeout: 90_000 }, () => {
	const POINT = 'svg [aria-label][tabindex]';
	const TOOLTIP = '.chart-tooltip:visible';

	it('the tooltip, the arrow keys, the shared key and the table work', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const problems = watchPage(page);
		try {
			await page.goto(new URL('questions/priority_problems/', baseURL).href, {
				waitUntil: 'networkidle'
			});
			const figure = page.locator('.chart-figure:has(.trend-panels)').first();
			const panels = figure.locator('.trend-panels__panel');
			expect(await panels.count()).toBeGreaterThan(1);
			for (const index of [0, 1]) {
				const panel = panels.nth(index);
				const point = panel.locator(POINT).first();
				await point.hover({ force: true });
				const tooltip = panel.locator(TOOLTIP);
				await tooltip.waitFor({ state: 'visible', timeout: 2000 });
				expect(await tooltip.innerText()).toMatch(/\d+\s?%/);
				await point.focus();
				const first = await point.getAttribute('aria-label');
				await page.keyboard.press('ArrowRight');
				const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
				expect(next, `ArrowRight moves within panel ${index + 1}`).not.toBe(first);
				expect(
					await panel.evaluate((element) => element.contains(document.activeElement)),
					'the focus stays in its panel'
				).toBe(true);
			}

			// The shared key hides a population in every panel, and shows it again.
			const points = () => figure.locator(`${POINT}:visible`).count();
			const before = await points();
			const toggle = figure.locator('button[aria-pressed]').first();
			await toggle.click();
			expect(await points()).toBeLessThan(before);
			await toggle.click();
			expect(await points()).toBe(before);

			await figure.locator('summary').click();
			expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(5);
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('draws the subgroups only once asked for', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const problems = watchPage(page);
		try {
			await page.goto(new URL('questions/sse_motivations/', baseURL).href, {
				waitUntil: 'networkidle'
			});
			const figure = page.locator('.chart-figure:has(.trend-panels)').first();
			const lines = () => figure.locator('.series:has(.line)').count();
			const before = await lines();
			await figure.locator('.trend-panels__subgroups input').check();
			await page.screenshot({ path: `${shots}subgroups-1280.png`, fullPage: true });
			expect(await lines()).toBeGreaterThan(before);
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
