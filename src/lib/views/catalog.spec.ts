import { describe, expect, it } from 'vitest';
import { sampleCatalog, sampleDataset } from './fixtures';

describe('catalog', () => {
	it('names populations and themes from the data folder, else by their ids', () => {
		const en = sampleCatalog('en');
		expect(en.populationLabel('public_18_24')).toBe('18–24 year olds');
		expect(en.populationLabel('nobody')).toBe('nobody');
		expect(en.themeLabel('awareness')).toBe('Theme awareness');
		expect(en.themeLabel('unknown_theme')).toBe('unknown_theme');
	});

	it('colours by populations.csv order, never by an id: the first top-level one, the others, subgroups', () => {
		const fr = sampleCatalog('fr');
		expect(['entrepreneurs', 'public', 'public_18_24'].map(fr.tone)).toEqual([
			'entrepreneurs',
			'public',
			'subgroup'
		]);
		const [entrepreneurs, pub, young] = sampleDataset().populations;
		const swapped = sampleCatalog('fr', {
			...sampleDataset(),
			populations: [pub, entrepreneurs, young]
		});
		expect(['public', 'entrepreneurs'].map(swapped.tone)).toEqual(['entrepreneurs', 'public']);
		expect(swapped.analysis.gaps[0]).toMatchObject({
			populationA: 'public',
			populationB: 'entrepreneurs'
		});
		expect(swapped.gap(2017, 'digital_social_link', 'yes')?.delta).toBe(35 - 60);
	});

	it("gives site.csv's texts in the page's language, the other one's when empty, null when absent", () => {
		const dataset = { ...sampleDataset(), site: { title: { fr: 'Titre', en: '' } } };
		expect(sampleCatalog('en', dataset).siteText('title')).toBe('Titre');
		expect(sampleCatalog('fr', dataset).siteText('lead')).toBeNull();
	});
});
