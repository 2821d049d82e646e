import { describe, expect, it } from 'vitest';
import { breakMarkerYear, mergeBreaks, mergeMissingYears } from './missingYears';

describe('mergeMissingYears', () => {
	it('gives each year once, sorted, with whether every series lacks it', () => {
		const merged = mergeMissingYears([
			{
				tone: 'public',
				missing: [
					{ year: 2019, reason: 'no_wave' },
					{ year: 2014, reason: 'no_wave' }
				]
			},
			{
				tone: 'entrepreneurs',
				missing: [
					{ year: 2014, reason: 'no_wave' },
					{ year: 2015, reason: 'not_published' }
				]
			}
		]);
		expect(merged).toEqual([
			{ year: 2014, reasons: ['no_wave'], inEverySeries: true, tones: ['public', 'entrepreneurs'] },
			{ year: 2015, reasons: ['not_published'], inEverySeries: false, tones: ['entrepreneurs'] },
			{ year: 2019, reasons: ['no_wave'], inEverySeries: false, tones: ['public'] }
		]);
	});

	it('keeps both reasons when the series disagree, no wave first', () => {
		const merged = mergeMissingYears([
			{ tone: 'public', missing: [{ year: 2015, reason: 'not_published' }] },
			{ tone: 'public', missing: [{ year: 2015, reason: 'no_wave' }] }
		]);
		expect(merged).toEqual([
			{ year: 2015, reasons: ['no_wave', 'not_published'], inEverySeries: true, tones: ['public'] }
		]);
	});

	it('gives nothing for no series or no missing year', () => {
		expect(mergeMissingYears([])).toEqual([]);
		expect(mergeMissingYears([{ tone: 'public', missing: [] }])).toEqual([]);
	});
});

describe('mergeBreaks', () => {
	it('gives each break year once, sorted, with the tones of the series that break', () => {
		expect(
			mergeBreaks([
				{ tone: 'entrepreneurs', breaks: [{ year: 2017, fromYear: 2016 }] },
				{ tone: 'entrepreneurs', breaks: [] },
				{
					tone: 'public',
					breaks: [
						{ year: 2017, fromYear: 2013 },
						{ year: 2013, fromYear: 2012 }
					]
				}
			])
		).toEqual([
			{ year: 2013, inEverySeries: false, tones: ['public'] },
			{ year: 2017, inEverySeries: false, tones: ['entrepreneurs', 'public'] }
		]);
		expect(mergeBreaks([{ tone: 'public', breaks: [{ year: 2017, fromYear: 2016 }] }])).toEqual([
			{ year: 2017, inEverySeries: true, tones: ['public'] }
		]);
	});

	it('puts the marker half-way into the year before the break', () => {
		expect(breakMarkerYear(2017)).toBe(2016.5);
	});
});
