import { describe, expect, it } from 'vitest';
import { sourceParts, webLink, webLinks } from './sourceLinks';

describe('webLink', () => {
	it('labels an https address as "domain — path", without www.', () => {
		expect(webLink('https://www.convergences.org/en/social-entrepreneurship-barometer/')).toEqual({
			href: 'https://www.convergences.org/en/social-entrepreneurship-barometer/',
			domain: 'convergences.org',
			path: '/en/social-entrepreneurship-barometer/',
			label: 'convergences.org — /en/social-entrepreneurship-barometer/'
		});
	});

	it('keeps the query and decodes percent-encoded letters in the label only', () => {
		expect(webLink('http://letowski.fr/tag/developpement-d/?p=4004')?.label).toBe(
			'letowski.fr — /tag/developpement-d/?p=4004'
		);
		const ashoka = webLink('https://www.ashoka.org/fr-sn/histoire/la-marge-%C3%A0-la-norme');
		expect(ashoka?.label).toBe('ashoka.org — /fr-sn/histoire/la-marge-à-la-norme');
		expect(ashoka?.href).toBe('https://www.ashoka.org/fr-sn/histoire/la-marge-%C3%A0-la-norme');
	});

	it('gives the domain alone for a home page', () => {
		expect(webLink('https://example.org')?.label).toBe('example.org');
	});

	it('refuses every scheme but http and https', () => {
		expect(webLink('javascript:alert(1)')).toBeNull();
		expect(webLink('JavaScript://%0Aalert(1)')).toBeNull();
		expect(webLink('data:text/html,<script>alert(1)</script>')).toBeNull();
		expect(webLink('ftp://example.org/file')).toBeNull();
		expect(webLink('mailto:someone@example.org')).toBeNull();
	});

	it('refuses text that is not an absolute address, and addresses with credentials', () => {
		expect(webLink('barometre-2018-tech-for-good.txt lines 90-92')).toBeNull();
		expect(webLink('/relative/path')).toBeNull();
		expect(webLink('https://user:secret@example.org/')).toBeNull();
	});
});

describe('sourceParts', () => {
	it('leaves a report line reference as text', () => {
		expect(sourceParts('barometre-2018-tech-for-good.txt lines 90-92')).toEqual([
			{ kind: 'text', text: 'barometre-2018-tech-for-good.txt lines 90-92' }
		]);
	});

	it('never turns a javascript: source into a link', () => {
		expect(sourceParts('javascript:alert(document.cookie)')).toEqual([
			{ kind: 'text', text: 'javascript:alert(document.cookie)' }
		]);
		expect(
			sourceParts('see javascript://example.org/%0Aalert(1)').every((part) => part.kind === 'text')
		).toBe(true);
	});

	it('links an address inside a comment, leaving the closing punctuation as text', () => {
		const parts = sourceParts(
			'barometre-2018-tech-for-good.txt lines 80-82 (note: https://mediatico.fr/barometre-2018-de-lentrepreneuriat-social-96-entrepreneurs-sociaux-croient-avenir reports 95%)'
		);
		expect(parts.map((part) => (part.kind === 'link' ? `<${part.label}>` : part.text))).toEqual([
			'barometre-2018-tech-for-good.txt lines 80-82 (note: ',
			'<mediatico.fr — /barometre-2018-de-lentrepreneuriat-social-96-entrepreneurs-sociaux-croient-avenir>',
			' reports 95%)'
		]);
	});

	it('stops an address at a colon or a parenthesis that follows it', () => {
		const parts = sourceParts(
			'derived: level 23 (https://www.convergences.org/barometre-2019/: 38% in 2018, +15)'
		);
		expect(parts[1]).toMatchObject({
			kind: 'link',
			href: 'https://www.convergences.org/barometre-2019/'
		});
		expect(parts[2]).toEqual({ kind: 'text', text: ': 38% in 2018, +15)' });
	});

	it('links each of several addresses separated by " ; "', () => {
		const parts = sourceParts(
			'http://letowski.fr/tag/developpement-d/?p=4004 ; https://www.convergences.org/x/'
		);
		expect(parts.map((part) => part.kind)).toEqual(['link', 'text', 'link']);
	});

	it('gives an empty list for an empty text', () => {
		expect(sourceParts('')).toEqual([]);
	});
});

describe('webLinks', () => {
	it('lists each address once, in order', () => {
		expect(
			webLinks(
				'a.txt line 3 ; https://example.org/x ; https://example.org/x (again) ; http://example.com'
			).map((link) => link.href)
		).toEqual(['https://example.org/x', 'http://example.com/']);
	});
});
