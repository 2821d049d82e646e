import { describe, expect, it } from 'vitest';
import { MIN_TESTABLE_BASE, SMALL_BASE } from './smallBase';

describe('MIN_TESTABLE_BASE and SMALL_BASE', () => {
	it('are 20 and 30, as README.md documents them', () => {
		expect(MIN_TESTABLE_BASE).toBe(20);
		expect(SMALL_BASE).toBe(30);
	});

	it('flag a base as small before they withhold the verdict', () => {
		expect(MIN_TESTABLE_BASE).toBeLessThan(SMALL_BASE);
	});
});
