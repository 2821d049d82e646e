import { describe, expect, it } from 'vitest';
import { parseMethodology } from './parseMethodology';

describe('parseMethodology', () => {
	it('cuts paragraphs at blank lines, joins their lines, and reads `# ` lines as headings', () => {
		expect(
			parseMethodology('# Les enquêtes\r\nUne ligne\nla suite.\n\n\nDeux.\n#pas un titre\n')
		).toEqual([
			{ kind: 'heading', text: 'Les enquêtes' },
			{ kind: 'paragraph', parts: [{ kind: 'text', text: 'Une ligne la suite.' }] },
			{ kind: 'paragraph', parts: [{ kind: 'text', text: 'Deux. #pas un titre' }] }
		]);
	});

	it('makes links of http(s) addresses only, leaving trailing punctuation and markup as text', () => {
		expect(
			parseMethodology(
				'Voir https://a.example/x?y=1, puis (http://b.example). <a href="javascript:x">z</a>'
			)
		).toEqual([
			{
				kind: 'paragraph',
				parts: [
					{ kind: 'text', text: 'Voir ' },
					{ kind: 'link', href: 'https://a.example/x?y=1' },
					{ kind: 'text', text: ', puis (' },
					{ kind: 'link', href: 'http://b.example' },
					{ kind: 'text', text: '). <a href="javascript:x">z</a>' }
				]
			}
		]);
	});

	it('gives no block for an empty text', () => {
		expect(parseMethodology('\n \n')).toEqual([]);
	});
});
