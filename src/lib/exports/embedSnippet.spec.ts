import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet, embedUrl } from './embedSnippet';

describe('embedPath and embedUrl', () => {
	it('puts English under /en/', () => {
		expect(embedPath('fr', 'awareness')).toBe('/embed/awareness/');
		expect(embedPath('en', 'obstacles')).toBe('/en/embed/obstacles/');
	});

	it('builds on the site address when it is known, with or without a trailing slash', () => {
		expect(embedUrl('en', 'awareness', 'https://example.org/barometre/', '')).toBe(
			'https://example.org/barometre/en/embed/awareness/'
		);
		expect(embedUrl('fr', 'awareness', 'https://example.org/barometre', '')).toBe(
			'https://example.org/barometre/embed/awareness/'
		);
	});

	it("else on the reader's page: its origin and the base path", () => {
		expect(embedUrl('fr', 'barriers', null, '/sub', 'http://localhost:4173/sub/obstacles/')).toBe(
			'http://localhost:4173/sub/embed/barriers/'
		);
		expect(embedUrl('en', 'barriers', null, '', 'http://127.0.0.1:9/en/obstacles/')).toBe(
			'http://127.0.0.1:9/en/embed/barriers/'
		);
	});
});

describe('embedSnippet', () => {
	it('is an iframe 640 wide, its height rounded up', () => {
		expect(embedSnippet('https://example.org/embed/a/', 'Notoriété', 811.2)).toBe(
			'<iframe src="https://example.org/embed/a/" title="Notoriété" width="640" height="812" style="border: 0; max-width: 100%" loading="lazy"></iframe>'
		);
	});

	it('keeps a hostile title inside its attribute', () => {
		const snippet = embedSnippet(
			'https://example.org/embed/a/',
			'"><script>alert(1)</script>',
			500
		);
		expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(snippet.match(/</g)).toHaveLength(2);
	});
});
