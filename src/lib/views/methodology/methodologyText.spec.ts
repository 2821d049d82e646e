import { describe, expect, it } from 'vitest';
import { parseMethodology } from '../../data/files/parseMethodology';
import { methodologyText } from './methodologyText';

describe('methodologyText', () => {
	it('puts paragraphs under their heading, those before any heading in the intro', () => {
		const view = methodologyText(
			parseMethodology('Avant.\n\n# Sources\n\nVoir https://www.example.org/a.\n\n# Autre\n')
		);
		expect(view.intro).toEqual([[{ kind: 'text', text: 'Avant.' }]]);
		expect(view.sections).toEqual([
			{
				id: 'about-1',
				title: 'Sources',
				paragraphs: [
					[
						{ kind: 'text', text: 'Voir ' },
						{
							kind: 'link',
							href: 'https://www.example.org/a',
							label: 'https://www.example.org/a',
							domain: 'example.org'
						},
						{ kind: 'text', text: '.' }
					]
				]
			},
			{ id: 'about-2', title: 'Autre', paragraphs: [] }
		]);
	});

	it('gives nothing for an absent text', () => {
		expect(methodologyText([])).toEqual({ intro: [], sections: [] });
	});
});
