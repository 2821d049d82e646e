import type { Analysis } from '../lib/analysis/analyseDataset';
import type { Change, Estimate } from '../lib/analysis/types';
import type { Dataset } from '../lib/data/types';

const cellWidth = 8;

function mark(change: Change): string {
	switch (change.verdict) {
		case 'significant':
			return change.delta > 0 ? '▲' : '▼';
		case 'borderline':
			return '~';
		case 'not_comparable':
			return '|';
		default:
			return ' ';
	}
}

function cell(estimate: Estimate | undefined, change: Change | undefined): string {
	if (!estimate) return ''.padEnd(cellWidth);
	const flags = (estimate.derived ? '*' : '') + (estimate.approximate ? '≈' : '');
	return `${`${Math.round(estimate.pct)}%`.padStart(5)}${change ? mark(change) : ' '}${flags.padEnd(2)}`;
}

/**
 * The readable summary: one block per question, grouped by theme, a row per population and
 * answer, a column per wave; ▲▼ mark significant changes against the previous wave.
 *
 * @example
 * console.log(summaryTable(dataset, analysis))
 */
export function summaryTable(dataset: Dataset, analysis: Analysis): string {
	const estimateAt = new Map(
		analysis.estimates.map((e) => [`${e.population}/${e.questionId}/${e.answerId}/${e.year}`, e])
	);
	const changeTo = new Map(
		analysis.changes.map((c) => [`${c.population}/${c.questionId}/${c.answerId}/${c.toYear}`, c])
	);
	const years = [...new Set(analysis.estimates.map((e) => e.year))].sort((a, b) => a - b);
	const populations = dataset.populations.map((population) => population.id);
	const sizes = new Map(
		dataset.waves.map((wave) => [`${wave.year}/${wave.population}`, wave.sampleSize])
	);
	const lines: string[] = [];
	const labelWidth = 46;
	const pad = (text: string, width: number) =>
		text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

	lines.push(
		`Waves: ${years
			.map(
				(year) =>
					`${year} (${populations
						.map((p) =>
							sizes.has(`${year}/${p}`) ? `${p} n=${sizes.get(`${year}/${p}`) ?? '?'}` : null
						)
						.filter(Boolean)
						.join(', ')})`
			)
			.join('; ')}`
	);
	lines.push(
		'▲▼ significant change since the previous wave (95 %), ~ borderline, | series break (not comparable with the previous wave), * derived from a published change, ≈ approximate'
	);

	for (const theme of dataset.themes) {
		lines.push('', `== ${theme.labelEn} ==`);
		for (const question of dataset.questions.filter((q) => q.theme === theme.id)) {
			const answers = dataset.answers
				.filter((a) => a.questionId === question.id)
				.sort((a, b) => a.order - b.order);
			const rows: string[] = [];
			for (const population of populations) {
				for (const answer of answers) {
					const key = `${population}/${question.id}/${answer.id}`;
					if (!years.some((year) => estimateAt.has(`${key}/${year}`))) continue;
					const cells = years.map((year) =>
						cell(estimateAt.get(`${key}/${year}`), changeTo.get(`${key}/${year}`))
					);
					rows.push(`  ${pad(`${population}: ${answer.labelFr}`, labelWidth)}${cells.join('')}`);
				}
			}
			if (rows.length === 0) continue;
			lines.push(`${question.labelFr} [${question.id}]`);
			lines.push(
				`  ${''.padEnd(labelWidth)}${years.map((year) => `${year}`.padStart(5).padEnd(cellWidth)).join('')}`
			);
			lines.push(...rows);
		}
	}
	return lines.join('\n');
}
