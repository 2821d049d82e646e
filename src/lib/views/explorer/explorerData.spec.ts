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

	it('labels the questions and populations offered', () => {
		expect(data.labels.questions.awareness_terms).toBe(catalog.questionLabel('awareness_terms'));
		expect(Object.keys(data.labels.questions)).toHaveLength(5);
		expect(data.labels.populations.public_18_24).toBe(catalog.populationLabel('public_18_24'));
	});

	it('computes the default state: the first question, every top-level population, all its waves', () => {
		expect(data.initial?.selection).toEqual({
			question: 'awareness_terms',
			populations: ['public'],
			from: 2012,
			to: 2017
		});
		expect(data.initial?.bars.map((view) => view.id)).toEqual(['explorer-bars-public']);
	});

	it('offers no question and no view when nothing was published', () => {
		const empty = explorerData(emptyCatalog('fr'));
		expect(empty.options.questions).toEqual([]);
		expect(empty.initial).toBeNull();
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
