import { describe, expect, it } from 'vitest';
import type { Verdict } from '../stats/verdict';
import { gapClause } from './gapClause';

const gap = (delta: number, verdict: string) => ({ delta, verdict: verdict as Verdict });
const plain = { about: false, untestableReason: 'n unknown: not testable' };

describe('gapClause', () => {
	it('gives a significant gap its points', () => {
		expect(gapClause('fr', gap(25, 'significant'), plain)).toBe(
			", un écart de 25\u00a0points (au-delà de la marge d'erreur)"
		);
		expect(gapClause('fr', gap(-26, 'significant'), { ...plain, about: true })).toBe(
			", un écart d'environ 26\u00a0points (au-delà de la marge d'erreur)"
		);
		expect(gapClause('en', gap(25, 'significant'), plain)).toBe(
			', a gap of 25\u00a0points (beyond the margin of error)'
		);
	});

	it('calls a not-significant gap similar levels, and says borderline, untestable and unknown verdicts', () => {
		expect(gapClause('en', gap(3, 'not_significant'), plain)).toBe(
			', similar levels (+3\u00a0pts, within the margin of error)'
		);
		expect(gapClause('fr', gap(-9, 'borderline'), plain)).toBe(
			" (\u22129\u00a0pts, à la limite de la marge d'erreur)"
		);
		expect(gapClause('en', gap(9, 'untestable'), plain)).toBe(' (n unknown: not testable)');
		expect(gapClause('en', gap(9, 'not_comparable'), plain)).toBe(
			' (not comparable: not testable)'
		);
	});
});
