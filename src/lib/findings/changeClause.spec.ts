import { describe, expect, it } from 'vitest';
import { changeClause, type ChangeFacts } from './changeClause';

const change = (delta: number, verdict: string) =>
	({ delta, fromYear: 2016, fromPct: 57, verdict }) as ChangeFacts;
const plain = { about: false, untestableReason: 'n inconnu\u00a0: pas de test' };

describe('changeClause', () => {
	it('calls a significant change a rise or a fall, with its points', () => {
		expect(changeClause('fr', change(-21, 'significant'), plain)).toBe(
			", en recul de 21\u00a0points depuis 2016 (au-delà de la marge d'erreur)"
		);
		expect(changeClause('fr', change(5, 'significant'), { ...plain, about: true })).toBe(
			", en progression d'environ 5\u00a0points depuis 2016 (au-delà de la marge d'erreur)"
		);
		expect(changeClause('en', change(-13, 'significant'), plain)).toBe(
			', a fall of 13\u00a0points since 2016 (beyond the margin of error)'
		);
		expect(changeClause('en', change(1, 'significant'), plain)).toBe(
			', a rise of 1\u00a0point since 2016 (beyond the margin of error)'
		);
	});

	it('keeps a not-significant change stable, with its figure, within the margin', () => {
		expect(changeClause('fr', change(2, 'not_significant'), plain)).toBe(
			", stable depuis 2016 (+2\u00a0pts, dans la marge d'erreur)"
		);
		expect(changeClause('en', change(-8, 'not_significant'), { ...plain, about: true })).toBe(
			', stable since 2016 (about \u22128\u00a0pts, within the margin of error)'
		);
	});

	it('puts a borderline change at the limit of the margin', () => {
		expect(changeClause('fr', change(-7, 'borderline'), plain)).toBe(
			", \u22127\u00a0pts depuis 2016 (à la limite de la marge d'erreur)"
		);
		expect(changeClause('en', change(7, 'borderline'), plain)).toBe(
			', +7\u00a0pts since 2016 (at the edge of the margin of error)'
		);
	});

	it('gives an untestable change its earlier level and why, not a move', () => {
		expect(changeClause('fr', change(14, 'untestable'), plain)).toBe(
			', contre 57\u00a0% en 2016 (n inconnu\u00a0: pas de test)'
		);
	});

	it('says "not comparable" across a series break, and for a verdict it does not know, not a move', () => {
		const broken: ChangeFacts = {
			delta: null,
			fromYear: 2016,
			fromPct: 71,
			verdict: 'not_comparable'
		};
		expect(changeClause('fr', broken, plain)).toBe(', non comparable avec 2016 (rupture de série)');
		expect(changeClause('en', broken, plain)).toBe(', not comparable with 2016 (series break)');
		expect(changeClause('en', change(-30, 'unheard_of'), plain)).toBe(
			', not comparable with 2016 (series break)'
		);
	});
});
