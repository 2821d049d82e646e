import { probit } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { type Confidence, criticalValue, Z_90, Z_95, Z_99 } from './criticalValue';
import { expectClose } from './fixtures/expectClose';
import { statsmodelsReference } from './fixtures/statsmodelsReference';

describe('criticalValue', () => {
	it('returns the constant for each supported confidence level', () => {
		expect(criticalValue(0.9)).toBe(Z_90);
		expect(criticalValue(0.95)).toBe(Z_95);
		expect(criticalValue(0.99)).toBe(Z_99);
	});

	it('agrees with scipy and with the correctly rounded quantile to within two units in the last place', () => {
		for (const reference of statsmodelsReference.criticalValues) {
			const z = criticalValue(reference.confidence);
			const label = `confidence ${reference.confidence}`;
			expectClose(z, reference.scipyPpf, 1e-15, `${label} against scipy's ppf`);
			expectClose(z, reference.scipyIsf, 1e-15, `${label} against scipy's isf (statsmodels)`);
			expectClose(z, reference.correctlyRounded, 1e-15, `${label} against mpmath`);
		}
	});

	it('is not simple-statistics probit, which is off by about 2.8e-3 at 97.5%', () => {
		expect(Math.abs(probit(0.975) - Z_95)).toBeGreaterThan(2e-3);
	});

	it('throws a RangeError for a confidence level it does not offer', () => {
		const unsupported: number = 0.8;
		expect(() => criticalValue(unsupported as Confidence)).toThrow(RangeError);
	});
});
