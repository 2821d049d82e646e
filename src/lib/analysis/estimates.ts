import type { Dataset } from '../data/types';
import { effectiveN } from '../stats/designEffect';
import { wilsonInterval } from '../stats/wilsonInterval';
import type { Estimate } from './types';

/** Sort order of estimates: year, population, question, answer. */
export function compareEstimates(a: Estimate, b: Estimate): number {
	return (
		a.year - b.year ||
		a.population.localeCompare(b.population) ||
		a.questionId.localeCompare(b.questionId) ||
		a.answerId.localeCompare(b.answerId)
	);
}

/**
 * Every published percentage with its base and 95 % Wilson interval. The base is the file's,
 * else the wave's sample size (marked as assumed); n = base / design effect. Figures that only
 * publish a change (no percentage) have no estimate.
 *
 * @example
 * estimates(dataset).find((e) => e.year === 2017 && e.questionId === 'digital_social_link')
 * // { pct: 60, base: 88, baseAssumed: true, effectiveN: 88, ciLow: 49.5…, ciHigh: 69.6…, … }
 */
export function estimates(dataset: Dataset): Estimate[] {
	const waves = new Map(dataset.waves.map((wave) => [`${wave.year}/${wave.population}`, wave]));
	const result: Estimate[] = [];
	for (const figure of dataset.figures) {
		if (figure.pct === null) continue;
		const wave = waves.get(`${figure.year}/${figure.population}`);
		const base = figure.base ?? wave?.sampleSize ?? null;
		const n = base === null ? null : effectiveN(base, wave?.designEffect ?? 1);
		const interval = n === null ? null : wilsonInterval(figure.pct / 100, n);
		result.push({
			year: figure.year,
			population: figure.population,
			questionId: figure.questionId,
			answerId: figure.answerId,
			pct: figure.pct,
			base,
			baseAssumed: figure.base === null && base !== null,
			effectiveN: n,
			derived: figure.derived,
			approximate: figure.approximate,
			ciLow: interval ? interval.low * 100 : null,
			ciHigh: interval ? interval.high * 100 : null,
			publishedDelta: figure.deltaPts,
			publishedDeltaVsYear: figure.deltaVsYear,
			note: figure.note,
			source: figure.source,
			labelFr: figure.labelFr,
			labelEn: figure.labelEn,
			break: figure.break,
			breakNoteFr: figure.breakNoteFr,
			breakNoteEn: figure.breakNoteEn
		});
	}
	return result.sort(compareEstimates);
}
