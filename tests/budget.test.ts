/**
 * The JavaScript budget (issue 8): every page, French and English, loads at most 60 kB of gzip
 * JavaScript before any interaction (60 000 bytes, gzip level 9 of the files it requested, as
 * scripts/audit.js counts). Charts are islands: their code is not part of that, and is loaded
 * when the reader first reaches a chart, which then works as before.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fileOf } from '../scripts/serve.js';
import { launchBrowser, watchPage } from './setup/browser';
import { defaultBuildFolder, localizedPages, pageIn } from './setup/pages';

const baseURL = inject('baseURL');
const BUDGET = 60_000;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The gzip size of the build file a URL names. */
function gzipOf(url: string): number {
	const file = fileOf(defaultBuildFolder, new URL(url).pathname);
	if (file === null) throw new Error(`not in the build: ${url}`);
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Opens a page on a phone-sized screen; the .js URLs it requested, as they come. */
async function open(relative: string): Promise<{ page: Page; scripts: string[] }> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('.js')) scripts.push(request.url());
	});
	await page.goto(new URL(relative, baseURL).href, { waitUntil: 'networkidle' });
	return { page, scripts };
}

describe('the JavaScript each page loads before any interaction', () => {
	it.each(localizedPages().map((page) => [page.title, page] as const))(
		'%s stays within 60 kB',
		async (_title, site) => {
			const { page, scripts } = await open(site.relative);
			try {
				const total = [...new Set(scripts)].reduce((sum, url) => sum + gzipOf(url), 0);
				expect(total, `${site.localPath}: ${total} bytes of gzip JavaScript`).toBeLessThanOrEqual(
					BUDGET
				);
			} finally {
				await page.close();
			}
		}
	);
});

describe('a chart island', () => {
	const awareness = pageIn('fr', '/awareness/');

	it('loads its code on the first pointer over it, then shows its tooltip', async () => {
		const { page, scripts } = await open(awareness.relative);
		const problems = watchPage(page);
		try {
			const before = scripts.length;
			const point = page.locator('.chart-island .point').first();
			await point.hover({ force: true });
			await expect
				.poll(() => scripts.length, { message: 'chart code loaded on hover' })
				.toBeGreaterThan(before);
			await page.locator('.chart-tooltip').first().waitFor({ state: 'visible', timeout: 5000 });
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('loads nothing while the reader only reads', async () => {
		const { page, scripts } = await open(awareness.relative);
		try {
			const before = scripts.length;
			await page.mouse.wheel(0, 1500);
			await page.waitForTimeout(300);
			expect(scripts.length, 'no script requested on scroll').toBe(before);
		} finally {
			await page.close();
		}
	});
});
