import { describe, expect, it } from 'vitest';
import { readSiteUrl } from './siteUrl';

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
