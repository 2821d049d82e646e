import { describe, expect, it } from 'vitest';
import { escapeXml } from './escapeXml';

describe('escapeXml', () => {
	it('escapes markup and quotes so that labels stay text', () => {
		expect(escapeXml('<img src=x onerror="alert(1)">')).toBe(
			'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
		);
		expect(escapeXml("l'ESS & co")).toBe('l&apos;ESS &amp; co');
		expect(escapeXml(']]><script>')).toBe(']]&gt;&lt;script&gt;');
	});

	it('drops the control characters XML forbids, keeps tab and line feed', () => {
		expect(escapeXml('a\u0000b\u001bc\td\ne')).toBe('abc\td\ne');
	});
});
