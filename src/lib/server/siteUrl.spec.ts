import { describe, expect, it, vi } from 'vitest';
import { sampleCatalog, sampleDataset } from '../views/fixtures';
import { readSiteUrl, siteUrl } from './siteUrl';

describe('readSiteUrl', () => {
	it('gives an http(s) address ending with a slash', () => {
		expect(readSiteUrl('https://example.org/barometre')).toBe('https://example.org/barometre/');
		expect(readSiteUrl(' https://example.org ')).toBe('https://example.org/');
		expect(readSiteUrl('http://localhost:4173/sub/?x=1#y')).toBe('http://localhost:4173/sub/');
	});

	it('is null when unset or empty', () => {
		expect(readSiteUrl(undefined)).toBeNull();
		expect(readSiteUrl('')).toBeNull();
	});

	it('refuses what is not an absolute web address', () => {
		expect(() => readSiteUrl('example.org')).toThrow(
			'SITE_URL: "example.org" is not an absolute address (https://…)'
		);
		expect(() => readSiteUrl('javascript:alert(1)')).toThrow(
			'SITE_URL: "javascript:alert(1)" must start with https:// or http://'
		);
	});
});

describe('siteUrl', () => {
	it("gives site.csv's url ending with a slash, null with one warning when there is none", () => {
		const dataset = { ...sampleDataset(), site: { url: { fr: 'https://a.org/b', en: '' } } };
		expect(siteUrl(sampleCatalog('fr', dataset))).toBe('https://a.org/b/');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		expect(siteUrl(sampleCatalog('fr', { ...dataset, site: {} }))).toBeNull();
		expect(siteUrl(sampleCatalog('en', { ...dataset, site: {} }))).toBeNull();
		expect(warn).toHaveBeenCalledTimes(1);
		warn.mockRestore();
	});
});
