import { describe, expect, it } from 'vitest';
import { breakCatalog, sampleCatalog } from '../fixtures';
import { comparisonSummary } from './comparisonSummary';

describe('comparisonSummary', () => {
	it('counts every change and gap by verdict, and the flags chance alone would give at 5 %', () => {
		const { analysis } = sampleCatalog('fr');
		const summary = comparisonSummary(analysis);
		expect(summary).toMatchObject({
			changes: 8,
			notComparable: 0,
			gaps: 5,
			total: 13,
			verdicts: { significant: 6, not_significant: 6, borderline: 0, untestable: 1 },
			testable: 12
		});
		expect(summary.expectedByChance).toBeCloseTo(0.6, 12);
		expect(comparisonSummary(analysis, 0.1).expectedByChance).toBeCloseTo(1.2, 12);
		expect(summary.verdicts.significant).toBe(
			[...analysis.changes, ...analysis.gaps].filter((c) => c.verdict === 'significant').length
		);
	});

	it('gives zeros for an analysis without comparisons', () => {
		expect(comparisonSummary({ changes: [], gaps: [] })).toEqual({
			changes: 0,
			notComparable: 0,
			gaps: 0,
			total: 0,
			verdicts: { significant: 0, not_significant: 0, borderline: 0, untestable: 0 },
			testable: 0,
			expectedByChance: 0
		});
	});

	it('leaves a change across a series break out of the comparisons, and counts it apart', () => {
		const summary = comparisonSummary(breakCatalog('fr').analysis);
		// The sample's 2016 → 2017 "social entrepreneurship" change (30 → 35 %, n = 1 000) was
		// significant; across the break it is no comparison at all.
		expect(summary).toMatchObject({
			changes: 7,
			notComparable: 1,
			gaps: 5,
			total: 12,
			verdicts: { significant: 5, not_significant: 6, borderline: 0, untestable: 1 },
			testable: 11
		});
		expect(summary.expectedByChance).toBeCloseTo(0.55, 12);
	});
});
