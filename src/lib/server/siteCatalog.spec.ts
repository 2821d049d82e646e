import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../views/fixtures';
import { withSiteUrl } from './siteCatalog';

describe('withSiteUrl', () => {
	it("overrides site.csv's url when SITE_URL is set, and only then", () => {
		const dataset = { ...sampleDataset(), site: { url: { fr: 'https://a.org/', en: '' } } };
		expect(withSiteUrl(dataset, 'https://b.org/').site.url).toEqual({
			fr: 'https://b.org/',
			en: 'https://b.org/'
		});
		expect(withSiteUrl(dataset, undefined)).toBe(dataset);
		expect(withSiteUrl(dataset, '')).toBe(dataset);
	});
});
