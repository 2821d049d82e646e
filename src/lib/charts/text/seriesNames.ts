/**
 * The name a chart gives each series, as short as it can be while telling them apart: the
 * answer's label when the labels differ (several answers of one population), else the population
 * (one answer, several populations), else both.
 */
import type { SeriesView } from '../../views/types';

type NamedSeries = Pick<SeriesView, 'key' | 'label' | 'populationLabel'>;

function allDistinct(values: readonly string[]): boolean {
	return new Set(values).size === values.length;
}

/**
 * A name for each series, by series key.
 * @example seriesNames([{ key: 'a', label: 'Connaît', populationLabel: 'Grand public' },
 *   { key: 'b', label: 'Connaît', populationLabel: 'Entrepreneurs sociaux' }])
 * // Map { 'a' => 'Grand public', 'b' => 'Entrepreneurs sociaux' }
 */
export function seriesNames(series: readonly NamedSeries[]): Map<string, string> {
	const byLabel = allDistinct(series.map((one) => one.label));
	const byPopulation = allDistinct(series.map((one) => one.populationLabel));
	return new Map(
		series.map((one) => {
			if (byLabel) return [one.key, one.label];
			if (byPopulation) return [one.key, one.populationLabel];
			return [one.key, `${one.label} (${one.populationLabel})`];
		})
	);
}
