import type { ComparableChange, NotComparableChange } from '../analysis/types';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { percentText, pointsText, signedPointsText } from './words';

type Facts = 'delta' | 'fromYear' | 'fromPct' | 'verdict';

/** The figures of a change a clause states; `verdict` tells a comparable change from a break. */
export type ChangeFacts = Pick<ComparableChange, Facts> | Pick<NotComparableChange, Facts>;

/** What a change clause needs: the analysis' change, whether a side is derived or approximate, and why an untestable one was not tested. */
export interface ChangeContext {
	about: boolean;
	/** Said when the verdict is untestable ("n inconnu : pas de test"). */
	untestableReason: string;
}

/**
 * The `{change}` of a finding, written from the verdict of the analysis: only a significant
 * change is a rise or a fall ("en recul de 21 points depuis 2018 (au-delà de la marge
 * d'erreur)"); a not-significant one is stable with its figure; a borderline one is at the limit
 * of the margin; an untestable one gives the earlier level and why there is no test; a verdict
 * of a series break (or one this code does not know) is "not comparable", never a move.
 *
 * @example changeClause('fr', { delta: -21, fromYear: 2018, verdict: 'significant', … }, context) // ", en recul de 21 points depuis 2018 (au-delà de la marge d'erreur)"
 * @example changeClause('en', { delta: 2, fromYear: 2016, verdict: 'not_significant', … }, context) // ', stable since 2016 (+2 pts, within the margin of error)'
 */
export function changeClause(lang: Lang, change: ChangeFacts, context: ChangeContext): string {
	const year = change.fromYear;
	switch (change.verdict) {
		case 'significant': {
			const rise = change.delta > 0;
			const key = rise
				? context.about
					? 'finding.change.riseAbout'
					: 'finding.change.rise'
				: context.about
					? 'finding.change.fallAbout'
					: 'finding.change.fall';
			return t(lang, key, {
				points: pointsText(lang, change.delta),
				year,
				margin: t(lang, 'chart.verdict.significant')
			});
		}
		case 'not_significant':
			return t(lang, 'finding.change.stable', {
				delta: signedPointsText(lang, change.delta, context.about),
				year,
				margin: t(lang, 'chart.verdict.notSignificant')
			});
		case 'borderline':
			return t(lang, 'finding.change.borderline', {
				delta: signedPointsText(lang, change.delta, context.about),
				year,
				margin: t(lang, 'chart.verdict.borderline')
			});
		case 'untestable':
			return t(lang, 'finding.change.untestable', {
				pct: percentText(lang, change.fromPct, context.about),
				year,
				reason: context.untestableReason
			});
		default:
			// A series break, or a verdict this code does not know yet: never a move.
			return t(lang, 'finding.change.notComparable', { year });
	}
}
