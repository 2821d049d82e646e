import { describe, expect, it } from 'vitest';
import { truncate } from './truncate';

describe('truncate', () => {
	it('keeps a value of up to 60 characters whole', () => {
		expect(truncate('awareness_terms')).toBe('awareness_terms');
		expect(truncate('x'.repeat(60))).toBe('x'.repeat(60));
	});

	it('cuts a 100,000-character value to 60 characters ending with "…"', () => {
		const cut = truncate('x'.repeat(100_000));
		expect(cut).toBe(`${'x'.repeat(59)}…`);
		expect(cut).toHaveLength(60);
	});

	it('does not split a character outside the Basic Multilingual Plane', () => {
		const cut = truncate(`${'x'.repeat(58)}😀${'y'.repeat(10)}`);
		expect(cut).toBe(`${'x'.repeat(58)}…`);
		expect(cut.isWellFormed()).toBe(true);
	});
});
