import { describe, expect, it } from 'vitest';
import { latestYear } from './latestYear';

describe('latestYear', () => {
	it('gives the latest year, whatever the order', () => {
		expect(latestYear([{ year: 2016 }, { year: 2020 }, { year: 2017 }])).toBe(2020);
		expect(latestYear([{ year: 2013 }])).toBe(2013);
	});

	it('gives null, not −Infinity, for no records', () => {
		expect(latestYear([])).toBeNull();
	});
});
