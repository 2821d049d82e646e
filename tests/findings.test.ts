/**
 * The overview's "À retenir" / "Key findings" in the built site: six sentences written at build
 * time, plain text, present without JavaScript, in each language.
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
