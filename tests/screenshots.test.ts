/**
 * Full-page screenshots of every page, in French and English, at phone (390×844) and desktop
 * (1280×800) sizes, for a human to look at: test-results/screenshots/<lang>-<page>-<width>.png
 * (git-ignored artefacts; the folder is emptied first). Each page must also fit its width: no
 * horizontal scrolling.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, watchPage } from './setup/browser';
import { representativePages } from './setup/pages';

const baseURL = inject('baseURL');
const screenshotFolder = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const cases = representativePages().flatMap((page) =>
	viewports.map((viewport) => ({ ...page, viewport }))
);

let browser: Browser;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
	browser = await launchBrowser();
	await rm(screenshotFolder, { recursive: true, force: true });
	await mkdir(screenshotFolder, { recursive: true });
	for (const viewport of viewports) {
		contexts.set(viewport.width, await browser.newContext({ viewport, deviceScaleFactor: 1 }));
	}
});

afterAll(async () => {
	await browser?.close();
});

describe('screenshots', () => {
	it.concurrent.for(cases)(
		'$title at $viewport.width px',
		{ timeout: 90_000 },
		async (sitePage, { expect }) => {
			const page = await contexts.get(sitePage.viewport.width)!.newPage();
			const problems = watchPage(page);
			try {
				const response = await page.goto(new URL(sitePage.relative, baseURL).href, {
					waitUntil: 'networkidle'
				});
				expect(response?.status()).toBe(200);
				const overflow = await page.evaluate(() => ({
					width: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					wide: [...document.querySelectorAll('body *')]
						.filter(
							(el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1
						)
						.slice(0, 5)
						.map(
							(el) =>
								`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
						)
				}));
				expect(
					overflow.width,
					`no horizontal scrolling (wider: ${overflow.wide.join(', ')})`
				).toBeLessThanOrEqual(0);

				const path = `${screenshotFolder}${sitePage.lang}-${sitePage.name}-${sitePage.viewport.width}.png`;
				await page.screenshot({ path, fullPage: true });
				expect((await stat(path)).size).toBeGreaterThan(1000);
				expect(problems.errors).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);
});
