import { describe, expect, it } from 'vitest';
import { match } from './lang';

describe('lang param matcher', () => {
	it('accepts en', () => {
		expect(match('en')).toBe(true);
	});
	it('refuses every other segment, French included', () => {
		for (const segment of ['fr', 'EN', 'en-GB', 'awareness', '']) {
			expect(match(segment), segment).toBe(false);
		}
	});
});
