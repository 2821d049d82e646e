import type { Finding } from './types';

/** 0: a significant change, 1: a significant gap, 2: the rest. */
function rank(finding: Finding): number {
	if (finding.verdict !== 'significant') return 2;
	return finding.kind === 'change' ? 0 : 1;
}

const size = (finding: Finding) => Math.abs(finding.delta ?? finding.gap ?? 0);

/**
 * Findings as an editor orders them: significant changes first, largest first, then significant
 * gaps, largest first, then the rest in the order given. Stable; does not change its input.
 *
 * @example rankFindings([level, smallFall, bigRise, gap]) // [bigRise, smallFall, gap, level]
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
	return [...findings].sort((a, b) => rank(a) - rank(b) || (rank(a) < 2 ? size(b) - size(a) : 0));
}

/**
 * The first findings by rank, at most `perTheme` of a theme and `max` in all: the overview's
 * "Key findings".
 *
 * @example keyFindings(findings(catalog), { max: 6, perTheme: 3 }).length // at most 6
 */
export function keyFindings(
	findings: readonly Finding[],
	{ max, perTheme }: { max: number; perTheme: number }
): Finding[] {
	const taken = new Map<string, number>();
	const result: Finding[] = [];
	for (const finding of rankFindings(findings)) {
		if (result.length === max) break;
		const count = taken.get(finding.theme) ?? 0;
		if (count === perTheme) continue;
		taken.set(finding.theme, count + 1);
		result.push(finding);
	}
	return result;
}
