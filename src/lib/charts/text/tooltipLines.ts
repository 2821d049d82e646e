/**
 * What the tooltip shows for one point, line by line. Pure: Tooltip.svelte only draws the lines,
 * so the wording is tested here.
 */
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { EstimateView } from '../../views/types';
import {
	baseText,
	changeText,
	formatInterval,
	smallBaseWarning,
	verdictPhrase,
	withColon
} from './words';

/** How a line is set: the answer as a title, the value large, warnings marked, the rest plain. */
export type TooltipLineKind = 'title' | 'value' | 'detail' | 'warning';

export interface TooltipLine {
	/** Stable within one tooltip, for keyed each-blocks. */
	key: string;
	kind: TooltipLineKind;
	text: string;
}

/**
 * The tooltip of an estimate: answer; population and year; value; 95 % interval; base; the flags
 * (small base, derived, approximate) in words; change and verdict, or, across a series break,
 * that there is none and why; note; source. Lines without
 * content (no interval when n is unknown, no change for a first wave) are left out.
 * @example tooltipLines('fr', estimate).map((line) => line.text)
 * // ["Connaît l'ESS", 'Grand public, 2016', '61 %', '95 % : 58–64 %', 'n = 1 011',
 * //  "Évolution : −3 pts depuis 2013, dans la marge d'erreur", 'Source : …']
 */
export function tooltipLines(lang: Lang, estimate: EstimateView): TooltipLine[] {
	const lines: TooltipLine[] = [
		{ key: 'label', kind: 'title', text: estimate.label },
		{ key: 'population', kind: 'detail', text: `${estimate.populationLabel}, ${estimate.year}` },
		{ key: 'value', kind: 'value', text: formatPercent(lang, estimate.value) }
	];
	if (estimate.ciLow !== null && estimate.ciHigh !== null) {
		const range = formatInterval(lang, estimate.ciLow, estimate.ciHigh);
		lines.push({
			key: 'interval',
			kind: 'detail',
			text: t(lang, 'chart.interval', { range })
		});
	}
	lines.push({ key: 'base', kind: 'detail', text: baseText(lang, estimate) });
	if (estimate.smallBase)
		lines.push({ key: 'smallBase', kind: 'warning', text: smallBaseWarning(lang) });
	if (estimate.derived)
		lines.push({ key: 'derived', kind: 'warning', text: t(lang, 'chart.derived') });
	if (estimate.approximate)
		lines.push({ key: 'approximate', kind: 'warning', text: t(lang, 'chart.approximate') });
	const change = estimate.change;
	if (change !== null && change.verdict === 'not_comparable') {
		const text = withColon(lang, t(lang, 'common.change'), changeText(lang, change));
		lines.push({ key: 'change', kind: 'warning', text });
		if (change.note !== null)
			lines.push({
				key: 'break',
				kind: 'detail',
				text: withColon(lang, t(lang, 'chart.breakNote'), change.note)
			});
	} else if (change !== null) {
		const verdict = verdictPhrase(lang, change, estimate.smallBase);
		const text = withColon(
			lang,
			t(lang, 'common.change'),
			`${changeText(lang, change)}, ${verdict}`
		);
		lines.push({ key: 'change', kind: 'detail', text });
	}
	if (estimate.note !== null) {
		lines.push({
			key: 'note',
			kind: 'detail',
			text: withColon(lang, t(lang, 'common.note'), estimate.note)
		});
	}
	if (estimate.source !== null) {
		lines.push({
			key: 'source',
			kind: 'detail',
			text: withColon(lang, t(lang, 'common.source'), estimate.source)
		});
	}
	return lines;
}
