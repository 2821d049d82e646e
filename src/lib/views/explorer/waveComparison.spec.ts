import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { compareWaves } from './waveComparison';

describe('compareWaves', () => {
	const catalog = bundledCatalog('fr');

	it('compares 2013 with 2020, not only consecutive waves: ESS awareness 64 % → 47 %, significant', () => {
		const rows = compareWaves(catalog, 'awareness_terms', ['public'], 2013, 2020);
		expect(
			rows.map((row) => [
				row.label,
				row.from.value,
				row.to.value,
				row.change.delta,
				row.change.verdict
			])
		).toEqual([['Économie sociale et solidaire (ESS)', 64, 47, -17, 'significant']]);
		expect(rows[0].change.fromYear).toBe(2013);
		expect(rows[0].change.ciHigh!).toBeLessThan(0);
	});

	it('gives the same verdict as the consecutive change when the waves are consecutive', () => {
		const [row] = compareWaves(catalog, 'priority_problems', ['public'], 2016, 2017).filter(
			(r) => r.label === 'Chômage'
		);
		const consecutive = catalog.changeTo('public', 'priority_problems', 'unemployment', 2017)!;
		expect(row.change.delta).toBe(consecutive.delta);
		expect(row.change.pValue).toBe(consecutive.pValue);
		expect(row.change.verdict).toBe(consecutive.verdict);
	});

	it("is untestable when a wave's n is unknown (2012)", () => {
		const [row] = compareWaves(catalog, 'awareness_terms', ['public'], 2012, 2020);
		expect(row.change).toMatchObject({
			delta: -3,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			verdict: 'untestable'
		});
	});

	it('returns nothing for waves that did not ask the question', () => {
		expect(compareWaves(catalog, 'awareness_terms', ['public'], 2014, 2020)).toEqual([]);
	});
});
