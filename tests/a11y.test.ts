/**
 * axe-core on every page, in French and English, in light and dark colour schemes, at phone
 * (390×844) and desktop (1280×800) sizes: zero violations of any rule axe runs by default
 * (WCAG 2.x A and AA, and best practices). Failures are printed one violation and one element a line.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser } from './setup/browser';
import { localizedPages } from './setup/pages';

const baseURL = inject('baseURL');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const schemes = ['light', 'dark'] as const;
const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const combinations = schemes.flatMap((scheme) => viewports.map((viewport) => ({ scheme, viewport })));

/** The part of axe's result the report needs. */
interface Violation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** One violation a paragraph, one element a line, with what axe says to fix. */
function report(violations: Violation[]): string {
	return violations
		.map((violation) =>
			[
				`[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
				...violation.nodes.map(
					(node) =>
						`  - ${node.target.join(' ')}\n    ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`
				)
			].join('\n')
		)
		.join('\n\n');
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	// bypassCSP: axe is injected as an inline <script>, which the site's policy refuses.
	context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
	await browser?.close();
});

describe('axe-core', () => {
	// One load per page; the four combinations of colour scheme and size are emulated in turn on it.
	it.concurrent.for(localizedPages())('$title has no violation, light and dark, 390 and 1280 wide', async (sitePage, { expect }) => {
		const page = await context.newPage();
		try {
			const response = await page.goto(new URL(sitePage.relative, baseURL).href, { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			await page.addScriptTag({ path: axePath });
			const reports: string[] = [];
			for (const { scheme, viewport } of combinations) {
				await page.setViewportSize(viewport);
				await page.emulateMedia({ colorScheme: scheme });
				const result = await page.evaluate(async () => {
					// Let the layout and the styles settle after the change of size and scheme.
					await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
					// @ts-expect-error axe is the global the script defines
					const run = await window.axe.run(document, { resultTypes: ['violations'] });
					return {
						dark: matchMedia('(prefers-color-scheme: dark)').matches,
						width: innerWidth,
						violations: run.violations as Violation[],
						passes: run.passes.length as number
					};
				});
				expect(result.dark, 'the colour scheme is emulated').toBe(scheme === 'dark');
				expect(result.width, 'the width is emulated').toBe(viewport.width);
				expect(result.passes, 'axe ran its rules').toBeGreaterThan(0);
				if (result.violations.length > 0) {
					reports.push(`== ${sitePage.title}, ${scheme}, ${viewport.width}×${viewport.height}\n${report(result.violations)}`);
				}
			}
			expect(reports.join('\n\n'), `axe violations on ${sitePage.title}`).toBe('');
		} finally {
			await page.close();
		}
	});
});
