import type { Comparison, Estimate } from '../analysis/types';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { MIN_TESTABLE_BASE } from '../stats/smallBase';

/**
 * Why an untestable change or gap was not tested, in words, from what the analysis left: no
 * interval means an n is unknown; otherwise a side under the testable base, or else both sides at
 * 0 % or 100 % (the cases of compareProportions, which gave the verdict).
 *
 * @example untestableReason('fr', { ciLow: null, … }, [a, b]) // 'n inconnu : pas de test'
 * @example untestableReason('en', comparison, [{ effectiveN: 12, … }, b]) // 'fewer than 20 respondents: not testable'
 */
export function untestableReason(
	lang: Lang,
	comparison: Pick<Comparison, 'ciLow'>,
	sides: readonly (Pick<Estimate, 'effectiveN'> | undefined)[]
): string {
	const bases = sides.map((side) => side?.effectiveN ?? null);
	if (comparison.ciLow === null || bases.includes(null))
		return t(lang, 'chart.verdict.unknownBase');
	if (bases.some((n) => n !== null && n < MIN_TESTABLE_BASE))
		return t(lang, 'finding.untestable.smallBase', { min: MIN_TESTABLE_BASE });
	return t(lang, 'finding.untestable.extreme');
}
