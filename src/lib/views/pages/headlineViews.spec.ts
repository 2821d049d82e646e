import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { headlineViews } from './headlineViews';

describe('headlineViews', () => {
	const headlines = headlineViews(bundledCatalog('fr'));

	it('leads with every question marked headline, at the latest wave that asked it', () => {
		expect(headlines.map((h) => [h.questionId, h.figures[0].year])).toEqual([
			['awareness_terms', 2020],
			['priority_problems', 2020],
			['obstacles_development', 2017],
			['impact_measurement_started', 2017],
			['digital_social_link', 2017]
		]);
	});

	it('gives the 2020 fall of ESS awareness to 47 % as a significant −21 pts', () => {
		expect(headlines[0].figures[0]).toMatchObject({
			label: 'Économie sociale et solidaire (ESS)',
			value: 47,
			change: { fromYear: 2018, delta: -21, verdict: 'significant' }
		});
	});
});
