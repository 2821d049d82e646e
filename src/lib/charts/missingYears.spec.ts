import { describe, expect, it } from 'vitest';
import { mergeMissingYears } from './missingYears';

describe('mergeMissingYears', () => {
	it('gives each year once, sorted, with whether every series lacks it', () => {
		const merged = mergeMissingYears([
			{ missing: [{ year: 2019, reason: 'no_wave' }, { year: 2014, reason: 'no_wave' }] },
			{ missing: [{ year: 2014, reason: 'no_wave' }, { year: 2015, reason: 'not_published' }] }
		]);
		expect(merged).toEqual([
			{ year: 2014, reasons: ['no_wave'], inEverySeries: true },
			{ year: 2015, reasons: ['not_published'], inEverySeries: false },
			{ year: 2019, reasons: ['no_wave'], inEverySeries: false }
		]);
	});

	it('keeps both reasons when the series disagree, no wave first', () => {
		const merged = mergeMissingYears([
			{ missing: [{ year: 2015, reason: 'not_published' }] },
			{ missing: [{ year: 2015, reason: 'no_wave' }] }
		]);
		expect(merged).toEqual([{ year: 2015, reasons: ['no_wave', 'not_published'], inEverySeries: true }]);
	});

	it('gives nothing for no series or no missing year', () => {
		expect(mergeMissingYears([])).toEqual([]);
		expect(mergeMissingYears([{ missing: [] }])).toEqual([]);
	});
});
