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

	it("reads a population's phrase in its language, null when populations.csv gives none", () => {
		expect(sampleCatalog('fr').populationPhrase('public')).toBe('du grand public');
		expect(sampleCatalog('en').populationPhrase('public')).toBe('of the general public');
		expect(sampleCatalog('fr').populationPhrase('entrepreneurs')).toBeNull();
		expect(sampleCatalog('fr').populationPhrase('nobody')).toBeNull();
	});

	it('colours by populations.csv order, never by an id: the first top-level one, the others, subgroups', () => {
		const fr = sampleCatalog('fr');
		expect(['entrepreneurs', 'public', 'public_18_24'].map(fr.tone)).toEqual([
			'first',
			'second',
			'subgroup'
		]);
		const [entrepreneurs, pub, young] = sampleDataset().populations;
		const swapped = sampleCatalog('fr', {
			...sampleDataset(),
			populations: [pub, entrepreneurs, young]
		});
		expect(['public', 'entrepreneurs'].map(swapped.tone)).toEqual(['first', 'second']);
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
