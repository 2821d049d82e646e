/**
 * The key findings in the built site: the overview's six ("À retenir" / "Key findings") and a
 * theme page's own (at most three), written at build time, plain text, present without
 * JavaScript, in each language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './setup/browser';

const baseURL = inject('baseURL');

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

const homes = [
	{
		path: '',
		heading: 'À retenir',
		fall: "en recul de 21\u00a0points depuis 2018 (au-delà de la marge d'erreur)"
	},
	{
		path: 'en/',
		heading: 'Key findings',
		fall: 'a fall of 21\u00a0points since 2018 (beyond the margin of error)'
	}
];

describe('the overview opens with its key findings', () => {
	it.for(homes)('$heading: six sentences, before the cards, without JavaScript', async (home) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(new URL(home.path, baseURL).href);
			const section = page.locator('section[aria-labelledby="key-findings"]');
			expect((await section.locator('h2').textContent())?.trim()).toBe(home.heading);
			const items = await section.locator('li').allTextContents();
			expect(items).toHaveLength(6);
			expect(items.some((text) => text.includes(home.fall))).toBe(true);
			expect(await section.locator('li *').count(), 'plain text').toBe(0);
			// The section comes before the headline cards.
			const order = await page.evaluate(() => {
				const findings = document.querySelector('section[aria-labelledby="key-findings"]');
				const cards = document.querySelector('.headlines');
				return findings && cards
					? findings.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING
					: 0;
			});
			expect(order).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
	});
});

const themePages = [
	{
		path: 'awareness/',
		heading: 'À retenir',
		text: '47\u00a0% du grand public a déjà entendu parler'
	},
	{ path: 'en/awareness/', heading: 'Key findings', text: '47% of the general public had heard of' }
];

describe('a theme page opens with its own findings', () => {
	it.for(themePages)(
		'$path: at most three, before the charts, without JavaScript',
		async (theme) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			try {
				await page.goto(new URL(theme.path, baseURL).href);
				const section = page.locator('section[aria-labelledby="theme-findings"]');
				expect((await section.locator('h2').textContent())?.trim()).toBe(theme.heading);
				const items = await section.locator('li').allTextContents();
				expect(items.length).toBeGreaterThan(0);
				expect(items.length).toBeLessThanOrEqual(3);
				expect(items.some((text) => text.includes(theme.text))).toBe(true);
				expect(await section.locator('li *').count(), 'plain text').toBe(0);
				const order = await page.evaluate(() => {
					const findings = document.querySelector('section[aria-labelledby="theme-findings"]');
					const chart = document.querySelector('.theme-chart');
					return findings && chart
						? findings.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING
						: 0;
				});
				expect(order).toBeGreaterThan(0);
			} finally {
				await context.close();
			}
		}
	);
});
