import type { Analysis } from '../lib/analysis/analyseDataset';
import type { Dataset } from '../lib/data/types';

/**
 * The `summary --json` document: snake_case keys, percent units, unrounded numbers, null where a
 * figure cannot be computed (unknown n, a change across a series break) — the shape documented in
 * the README.
 *
 * @example
 * JSON.stringify(summaryJson(dataset, analysis))
 */
export function summaryJson(dataset: Dataset, analysis: Analysis) {
	const waves = [...dataset.waves]
		.sort((a, b) => a.year - b.year || a.population.localeCompare(b.population))
		.map((wave) => ({
			year: wave.year,
			population: wave.population,
			sample_size: wave.sampleSize,
			edition: wave.edition,
			fieldwork_start: wave.fieldworkStart,
			fieldwork_end: wave.fieldworkEnd,
			method: wave.method,
			design_effect: wave.designEffect,
			parent: wave.parent,
			stated_margin: wave.statedMargin
		}));
	const estimates = analysis.estimates.map((e) => ({
		year: e.year,
		population: e.population,
		question_id: e.questionId,
		answer_id: e.answerId,
		pct: e.pct,
		base: e.base,
		base_assumed: e.baseAssumed,
		effective_n: e.effectiveN,
		derived: e.derived,
		approximate: e.approximate,
		ci_low: e.ciLow,
		ci_high: e.ciHigh,
		break: e.break
	}));
	const changes = analysis.changes.map((c) => ({
		population: c.population,
		question_id: c.questionId,
		answer_id: c.answerId,
		from_year: c.fromYear,
		to_year: c.toYear,
		from_pct: c.fromPct,
		to_pct: c.toPct,
		delta: c.delta,
		ci_low: c.ciLow,
		ci_high: c.ciHigh,
		z: c.z,
		p_value: c.pValue,
		verdict: c.verdict,
		published_delta: c.publishedDelta
	}));
	const gaps = analysis.gaps.map((g) => ({
		year: g.year,
		question_id: g.questionId,
		answer_id: g.answerId,
		population_a: g.populationA,
		population_b: g.populationB,
		pct_a: g.pctA,
		pct_b: g.pctB,
		gap: g.delta,
		ci_low: g.ciLow,
		ci_high: g.ciHigh,
		z: g.z,
		p_value: g.pValue,
		verdict: g.verdict
	}));
	return { waves, estimates, changes, gaps };
}
