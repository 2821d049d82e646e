import type { Gap } from '../analysis/types';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { ChangeContext } from './changeClause';
import { pointsText, signedPointsText } from './words';

/**
 * What a finding says of a gap a − b, by the same rules as a change: only a significant gap is a
 * gap of so many points; a not-significant one is "similar levels" with its figure; a borderline
 * one is at the limit of the margin; an untestable one says why; an unknown verdict is "not
 * comparable".
 *
 * @example gapClause('fr', { delta: 25, verdict: 'significant' }, context) // ", un écart de 25 points (au-delà de la marge d'erreur)"
 * @example gapClause('en', { delta: 3, verdict: 'not_significant' }, context) // ', similar levels (+3 pts, within the margin of error)'
 */
export function gapClause(
	lang: Lang,
	gap: Pick<Gap, 'delta' | 'verdict'>,
	context: ChangeContext
): string {
	const verdict: string = gap.verdict;
	switch (verdict) {
		case 'significant':
			return t(lang, context.about ? 'finding.gap.significantAbout' : 'finding.gap.significant', {
				points: pointsText(lang, gap.delta),
				margin: t(lang, 'chart.verdict.significant')
			});
		case 'not_significant':
			return t(lang, 'finding.gap.notSignificant', {
				gap: signedPointsText(lang, gap.delta, context.about),
				margin: t(lang, 'chart.verdict.notSignificant')
			});
		case 'borderline':
			return t(lang, 'finding.gap.borderline', {
				gap: signedPointsText(lang, gap.delta, context.about),
				margin: t(lang, 'chart.verdict.borderline')
			});
		case 'untestable':
			return t(lang, 'finding.gap.untestable', { reason: context.untestableReason });
		default:
			return t(lang, 'finding.gap.notComparable');
	}
}
