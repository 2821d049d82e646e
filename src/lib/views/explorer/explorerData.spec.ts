import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog } from '../fixtures';
import { explorerData, questionGroups } from './explorerData';

describe('explorerData', () => {
	const catalog = sampleCatalog('fr');
	const data = explorerData(catalog);

	it('offers every question that has figures, with its populations and years', () => {
		expect(data.options.questions.map((q) => q.id)).toEqual([
			'awareness_terms',
			'obstacles_development',
			'barriers_to_creation',
			'digital_social_link',
			'digital_useful_domains'
		]);
		expect(data.options.questions[0]).toEqual({
			id: 'awareness_terms',
			populations: ['public'],
			subgroups: [],
			years: [2012, 2013, 2016, 2017]
		});
		expect(data.options.questions[2].populations).toEqual(['public', 'public_18_24']);
		expect(data.options.questions[2].subgroups).toEqual(['public_18_24']);
	});

	it("ships every figure without the build machine's file paths", () => {
		expect(data.dataset.figures).toHaveLength(catalog.dataset.figures.length);
		expect(new Set(data.dataset.figures.map((f) => f.location.file))).toEqual(new Set(['']));
		expect(catalog.dataset.figures[0].location.file).not.toBe('');
	});

	it('offers no question when nothing was published', () => {
		expect(explorerData(emptyCatalog('fr')).options.questions).toEqual([]);
	});
});

describe('questionGroups', () => {
	it("groups the explorer's questions under their theme's name, in theme order", () => {
		const catalog = sampleCatalog('en');
		expect(questionGroups(catalog, explorerData(catalog).options)).toEqual([
			{ theme: 'awareness', label: 'Theme awareness', questionIds: ['awareness_terms'] },
			{ theme: 'obstacles', label: 'Theme obstacles', questionIds: ['obstacles_development'] },
			{
				theme: 'barriers_to_creation',
				label: 'Theme barriers_to_creation',
				questionIds: ['barriers_to_creation']
			},
			{
				theme: 'tech_for_good',
				label: 'Theme tech_for_good',
				questionIds: ['digital_social_link', 'digital_useful_domains']
			}
		]);
	});
});
