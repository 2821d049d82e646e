/**
 * The words an exported chart carries inside its image, where no page is around it: its title,
 * the bases and the note on the margins (the source line is site.csv's). Pure.
 */
import { formatNumber } from '../../i18n/format';
import { language, type Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ChartView, EstimateView } from '../../views/types';
import { EN_DASH, listText, withColon } from './words';

/**
 * A chart's title as its figure shows it: a ranking names its population and wave.
 * @example chartTitle({ kind: 'bars', view }) // 'Freins au développement — Entrepreneurs sociaux, 2017'
 */
export function chartTitle(chart: ChartView): string {
	if (chart.kind === 'bars')
		return `${chart.view.title} — ${chart.view.populationLabel}, ${chart.view.year}`;
	return chart.view.title;
}

/** Every estimate a chart draws. */
export function chartEstimates(chart: ChartView): EstimateView[] {
	switch (chart.kind) {
		case 'trend':
			return chart.view.series.flatMap((series) => series.points);
		case 'bars':
			return chart.view.bars;
		case 'gaps':
			return chart.view.rows.flatMap((row) => [row.a, row.b]);
	}
}

/**
 * The bases of a chart, population by population in order of appearance: the range of the known
 * bases, and the years whose n is unknown.
 * @example baseLine('fr', estimates) // 'Effectif : Grand public, n = 1 002–1 071, n inconnu (2012)'
 * @example baseLine('en', estimates) // 'Sample size: Social entrepreneurs, n = 88; General public, n = 1,071'
 */
export function baseLine(lang: Lang, estimates: readonly EstimateView[]): string {
	const populations = new Map<string, EstimateView[]>();
	for (const estimate of estimates) {
		const list = populations.get(estimate.population) ?? [];
		list.push(estimate);
		populations.set(estimate.population, list);
	}
	const parts = [...populations.values()].map((list) => {
		const known = list.flatMap((estimate) => (estimate.base === null ? [] : [estimate.base]));
		const unknownYears = [
			...new Set(list.filter((estimate) => estimate.base === null).map((e) => e.year))
		].sort((a, b) => a - b);
		const words = [list[0].populationLabel];
		if (known.length > 0) {
			const low = Math.min(...known);
			const high = Math.max(...known);
			const n =
				low === high
					? formatNumber(lang, low)
					: `${formatNumber(lang, low)}${EN_DASH}${formatNumber(lang, high)}`;
			words.push(t(lang, 'chart.base', { n }));
		}
		if (unknownYears.length > 0)
			words.push(`${t(lang, 'chart.baseUnknown')} (${listText(lang, unknownYears.map(String))})`);
		return words.join(', ');
	});
	return withColon(lang, t(lang, 'common.sampleSize'), parts.join(language(lang).semicolon));
}

/** The note on the margins: what the bands and bars are and how they are computed. */
export function marginNote(lang: Lang): string {
	return `${t(lang, 'export.marginNote')} ${t(lang, 'site.sourceNote')}`;
}
