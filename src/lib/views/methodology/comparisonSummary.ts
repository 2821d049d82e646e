import type { Analysis } from '../../analysis/analyseDataset';
import type { Verdict } from '../../stats/verdict';

/** How many comparisons the dashboard makes, and what it says of them. */
export interface ComparisonSummary {
	/** Changes between waves of a population, those across a series break aside. */
	changes: number;
	/** Changes across a series break: not compared, so not counted as comparisons. */
	notComparable: number;
	/** Gaps between populations in the same year. */
	gaps: number;
	/** changes + gaps. */
	total: number;
	/** Comparisons by verdict. */
	verdicts: Record<Verdict, number>;
	/** Comparisons that get a verdict (all but the untestable ones). */
	testable: number;
	/**
	 * How many "significant" flags chance alone would give, at the level α, if no difference were
	 * real: testable × α. No correction for multiple comparisons is applied, as pollsters do.
	 */
	expectedByChance: number;
}

/**
 * Counts the dashboard's comparisons (every change and every gap of the analysis) by verdict; a
 * change across a series break is no comparison, so it is counted apart.
 * @example
 * comparisonSummary(analysis)
 * // { changes: 56, notComparable: 2, gaps: 9, total: 65, verdicts: { significant: 30, not_significant: 25, borderline: 0, untestable: 10 },
 * //   testable: 55, expectedByChance: 2.75 }
 */
export function comparisonSummary(
	analysis: Pick<Analysis, 'changes' | 'gaps'>,
	alpha = 0.05
): ComparisonSummary {
	const verdicts: Record<Verdict, number> = {
		significant: 0,
		not_significant: 0,
		borderline: 0,
		untestable: 0
	};
	const compared = analysis.changes.filter((change) => change.verdict !== 'not_comparable');
	for (const comparison of [...compared, ...analysis.gaps]) verdicts[comparison.verdict] += 1;
	const total = compared.length + analysis.gaps.length;
	const testable = total - verdicts.untestable;
	return {
		changes: compared.length,
		notComparable: analysis.changes.length - compared.length,
		gaps: analysis.gaps.length,
		total,
		verdicts,
		testable,
		expectedByChance: testable * alpha
	};
}
