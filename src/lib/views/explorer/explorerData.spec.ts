import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { explorerData } from './explorerData';

describe('explorerData', () => {
	const data = explorerData(bundledCatalog('fr'));

	it('offers every question that has figures, with its populations and years', () => {
		expect(data.options.questions[0]).toEqual({
			id: 'awareness_terms',
			populations: ['public'],
			years: [2012, 2013, 2016, 2017, 2018, 2020]
		});
		expect(
			data.options.questions.find((q) => q.id === 'priority_problems')?.populations.sort()
		).toEqual(['entrepreneurs', 'public']);
		expect(data.options.questions.some((q) => q.id === 'development_outlook_change')).toBe(false);
	});

	it("ships every figure without the build machine's file paths", () => {
		expect(data.dataset.figures).toHaveLength(120);
		expect(new Set(data.dataset.figures.map((f) => f.location.file))).toEqual(new Set(['']));
	});
});
