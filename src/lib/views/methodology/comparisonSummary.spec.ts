import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { comparisonSummary } from './comparisonSummary';

describe('comparisonSummary', () => {
	it("counts the bundled data's 56 changes and 9 gaps by verdict", () => {
		const analysis = bundledCatalog('fr').analysis;
		const summary = comparisonSummary(analysis);
		expect(summary).toEqual({
			changes: 56,
			gaps: 9,
			total: 65,
			verdicts: { significant: 30, not_significant: 25, borderline: 0, untestable: 10 },
			testable: 55,
			expectedByChance: 2.75
		});
		expect(summary.verdicts.significant).toBe(
			[...analysis.changes, ...analysis.gaps].filter((c) => c.verdict === 'significant').length
		);
	});

	it('gives zeros for an analysis without comparisons', () => {
		expect(comparisonSummary({ changes: [], gaps: [] })).toMatchObject({
			total: 0,
			testable: 0,
			expectedByChance: 0
		});
	});
});
