import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../fixtures';
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

	it('reads the source of every wave, figure and composition row that has one', () => {
		const dataset = sampleDataset();
		expect(datasetSourceTexts(dataset)).toEqual([
			...dataset.waves.map((wave) => wave.source),
			'https://example.org/2017'
		]);
		expect(sourceList(datasetSourceTexts(dataset))).toEqual({
			web: [
				{
					href: 'https://example.org/2017',
					domain: 'example.org',
					path: '/2017',
					label: 'example.org — /2017',
					citedBy: 2
				}
			],
			documents: [{ name: 'report.txt', citedBy: 2 }],
			other: ['test']
		});
	});
});
