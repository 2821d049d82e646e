import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { datasetSourceTexts, sourceList } from './sourceList';

describe('sourceList', () => {
	it('counts each page and file once per source cell, and keeps other references as text', () => {
		expect(
			sourceList([
				'report.txt line 3 ; https://example.org/a',
				'https://example.org/a (again) ; https://example.org/a',
				'javascript:alert(1)'
			])
		).toEqual({
			web: [
				{
					href: 'https://example.org/a',
					domain: 'example.org',
					path: '/a',
					label: 'example.org — /a',
					citedBy: 2
				}
			],
			documents: [{ name: 'report.txt', citedBy: 1 }],
			other: ['javascript:alert(1)']
		});
	});

	it('never lists a javascript: or data: reference as a web page', () => {
		const list = sourceList([
			'javascript:alert(1) ; data:text/html,x ; JAVASCRIPT://x/%0Aalert(1)'
		]);
		expect(list.web).toEqual([]);
		expect(list.other).toHaveLength(3);
		expect(list.other).toEqual(
			expect.arrayContaining([
				'data:text/html,x',
				'javascript:alert(1)',
				'JAVASCRIPT://x/%0Aalert(1)'
			])
		);
	});

	it('gives empty lists for no sources', () => {
		expect(sourceList([])).toEqual({ web: [], documents: [], other: [] });
	});

	describe('on the bundled data', () => {
		const dataset = bundledCatalog('fr').dataset;
		const list = sourceList(datasetSourceTexts(dataset));

		it('reads the source of every wave, figure and composition row that has one', () => {
			expect(datasetSourceTexts(dataset)).toHaveLength(
				dataset.waves.length +
					dataset.figures.filter((f) => f.source).length +
					dataset.composition.length
			);
		});

		it('lists the 2018 report as the one document, cited by line', () => {
			expect(list.documents.map((d) => d.name)).toEqual(['barometre-2018-tech-for-good.txt']);
			expect(list.documents[0].citedBy).toBeGreaterThan(40);
		});

		it('lists every web page once, only http(s), sorted by domain', () => {
			expect(list.web.every((page) => /^https?:\/\//.test(page.href))).toBe(true);
			expect(new Set(list.web.map((page) => page.href)).size).toBe(list.web.length);
			expect(list.web.map((page) => page.domain)).toEqual(
				[...list.web.map((page) => page.domain)].sort((a, b) => a.localeCompare(b))
			);
			expect(list.web.find((page) => page.domain === 'mediatico.fr')?.citedBy).toBe(2);
			expect(list.web.find((page) => page.domain === 'kpmg.com')?.label).toBe(
				'kpmg.com — /FR/fr/IssuesAndInsights/ArticlesPublications/Press-releases/Pages/19092012-CP-Barometre-entrepreneuriat-social-2012.aspx'
			);
		});

		it('finds an address given inside a comment, such as the Ashoka page of the 2019 edition', () => {
			expect(
				list.web.some(
					(page) =>
						page.domain === 'ashoka.org' &&
						page.path.includes('baromètre-de-lentrepreneuriat-social-2019')
				)
			).toBe(true);
		});

		it('has no reference that is neither a page nor a file', () => {
			expect(list.other).toEqual([]);
		});
	});
});
