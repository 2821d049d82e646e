import type { Finding } from '../lib/findings/types';

/**
 * The `findings --json` array: the README's snake_case names, percent units and points,
 * unrounded, null where a field does not apply to the finding's kind.
 *
 * @example findingsJson(findings(catalog))[0] // { theme: 'awareness', kind: 'change', question_id: 'awareness_terms', …, verdict: 'significant', text: '…' }
 */
export function findingsJson(findings: readonly Finding[]) {
	return findings.map((f) => ({
		theme: f.theme,
		kind: f.kind,
		question_id: f.questionId,
		answer_id: f.answerId,
		population: f.population,
		population_b: f.populationB,
		year: f.year,
		from_year: f.fromYear,
		pct: f.pct,
		pct_b: f.pctB,
		delta: f.delta,
		gap: f.gap,
		verdict: f.verdict,
		text: f.text
	}));
}

/**
 * The sentences by theme, a `== theme ==` line before each theme's.
 *
 * @example findingsText(findings(catalog)) // '== awareness ==\nEn 2020, 47 % … (au-delà de la marge d\'erreur).\n…'
 */
export function findingsText(findings: readonly Finding[]): string {
	const lines: string[] = [];
	let theme: string | null = null;
	for (const finding of findings) {
		if (finding.theme !== theme) {
			if (theme !== null) lines.push('');
			theme = finding.theme;
			lines.push(`== ${theme} ==`);
		}
		lines.push(finding.text);
	}
	return lines.join('\n');
}
