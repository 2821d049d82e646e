import { describe, expect, it } from 'vitest';
import { untestableReason } from './untestableReason';

describe('untestableReason', () => {
	it('says n unknown when there is no interval', () => {
		expect(
			untestableReason('fr', { ciLow: null }, [{ effectiveN: null }, { effectiveN: 1000 }])
		).toBe('n inconnu\u00a0: pas de test');
		expect(untestableReason('en', { ciLow: null }, [undefined, { effectiveN: 1000 }])).toBe(
			'n unknown: not testable'
		);
	});

	it('says a base is under 20', () => {
		expect(untestableReason('fr', { ciLow: -3 }, [{ effectiveN: 12 }, { effectiveN: 1000 }])).toBe(
			'moins de 20 répondants\u00a0: pas de test'
		);
		expect(untestableReason('en', { ciLow: -3 }, [{ effectiveN: 80 }, { effectiveN: 19.5 }])).toBe(
			'fewer than 20 respondents: not testable'
		);
	});

	it('says both sides are 0 % or 100 % otherwise', () => {
		expect(untestableReason('en', { ciLow: -1 }, [{ effectiveN: 80 }, { effectiveN: 90 }])).toBe(
			'0% or 100% on both sides: not testable'
		);
	});
});
