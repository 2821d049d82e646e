import { describe, expect, it } from 'vitest';
import { breakCatalog, sampleCatalog } from '../fixtures';
import { compareWaves } from './waveComparison';

describe('compareWaves', () => {
	const catalog = sampleCatalog('fr');

	it('compares any two waves, not only consecutive ones: 64 % in 2013, 63 % in 2017', () => {
		const rows = compareWaves(catalog, 'awareness_terms', ['public'], 2013, 2017);
		expect(
			rows.map((row) => [
				row.key,
				row.from.value,
				row.to.value,
				row.change.delta,
				row.change.verdict
			])
		).toEqual([['public/awareness_terms/sse/2013-2017', 64, 63, -1, 'not_significant']]);
		expect(rows[0].change.fromYear).toBe(2013);
		expect(rows[0].change.ciLow).toBeLessThan(0);
		expect(rows[0].change.ciHigh).toBeGreaterThan(0);
	});

	it('gives the same delta, p-value and verdict as the consecutive change when the waves are consecutive', () => {
		const [row] = compareWaves(catalog, 'awareness_terms', ['public'], 2016, 2017).filter(
			(r) => r.label === 'Réponse social_entrepreneurship'
		);
		const consecutive = catalog.changeTo(
			'public',
			'awareness_terms',
			'social_entrepreneurship',
			2017
		);
		expect(consecutive).toBeDefined();
		expect(row.change).toMatchObject({
			delta: consecutive?.delta,
			pValue: consecutive?.pValue,
			verdict: consecutive?.verdict
		});
	});

	it("is untestable when a wave's n is unknown (2012)", () => {
		const [row] = compareWaves(catalog, 'awareness_terms', ['public'], 2012, 2017);
		expect(row.change).toMatchObject({
			delta: 13,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			verdict: 'untestable'
		});
	});

	it('compares each population asked, in the order given', () => {
		const rows = compareWaves(
			catalog,
			'digital_useful_domains',
			['public', 'entrepreneurs'],
			2016,
			2017
		);
		expect(rows.map((row) => [row.population, row.change.delta])).toEqual([
			['public', -1],
			['entrepreneurs', 8]
		]);
	});

	it('returns nothing for a wave that did not ask the question', () => {
		expect(compareWaves(catalog, 'awareness_terms', ['public'], 2015, 2017)).toEqual([]);
	});

	it('refuses a pair of waves with a series break between them, and says which and why', () => {
		const rows = compareWaves(breakCatalog('en'), 'awareness_terms', ['public'], 2016, 2017);
		const broken = rows.find((row) => row.key.includes('/social_entrepreneurship/'));
		expect(broken?.breakYear).toBe(2017);
		expect(broken?.change).toEqual({
			fromYear: 2016,
			delta: null,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			verdict: 'not_comparable',
			note: 'The 2017 wording differs.'
		});
		// The other answer of the same pair of waves is compared as usual.
		const sse = rows.find((row) => row.key.includes('/sse/'));
		expect(sse?.breakYear).toBeNull();
		expect(sse?.change).toMatchObject({ delta: 2, verdict: 'not_significant' });
	});
});
