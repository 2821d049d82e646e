import { describe, expect, it } from 'vitest';
import { formatFieldworkDate, formatFieldworkPeriod, parseFieldworkDate } from './fieldworkDates';

describe('parseFieldworkDate', () => {
	it('reads a day, a month and a year with their precision', () => {
		expect(parseFieldworkDate('2017-09-13')).toEqual({
			time: Date.UTC(2017, 8, 13),
			year: 2017,
			precision: 'day'
		});
		expect(parseFieldworkDate('2013-11')).toEqual({
			time: Date.UTC(2013, 10, 1),
			year: 2013,
			precision: 'month'
		});
		expect(parseFieldworkDate('2012')).toEqual({
			time: Date.UTC(2012, 0, 1),
			year: 2012,
			precision: 'year'
		});
	});

	it('refuses impossible dates and other forms', () => {
		expect(parseFieldworkDate('2017-02-30')).toBeNull();
		expect(parseFieldworkDate('2017-13')).toBeNull();
		expect(parseFieldworkDate('13/09/2017')).toBeNull();
		expect(parseFieldworkDate('')).toBeNull();
	});
});

describe('formatFieldworkDate', () => {
	it('writes a day in French and English', () => {
		expect(formatFieldworkDate('fr', '2017-09-13')).toBe('13 septembre 2017');
		expect(formatFieldworkDate('en', '2017-09-13')).toBe('13 September 2017');
	});

	it('keeps a month a month and a year a year', () => {
		expect(formatFieldworkDate('fr', '2013-11')).toBe('novembre 2013');
		expect(formatFieldworkDate('en', '2013-11')).toBe('November 2013');
		expect(formatFieldworkDate('fr', '2012')).toBe('2012');
	});

	it('returns text that is not an ISO date as it is', () => {
		expect(formatFieldworkDate('en', 'autumn 2014')).toBe('autumn 2014');
	});
});

describe('formatFieldworkPeriod', () => {
	it('writes the 2017 entrepreneurs fieldwork with the year once', () => {
		expect(formatFieldworkPeriod('fr', '2017-09-13', '2017-10-15')).toBe(
			'13 septembre – 15 octobre 2017'
		);
		expect(formatFieldworkPeriod('en', '2017-09-13', '2017-10-15')).toBe(
			'13 September – 15 October 2017'
		);
	});

	it('writes the month and year once for days of the same month', () => {
		expect(formatFieldworkPeriod('fr', '2017-09-13', '2017-09-14')).toBe('13–14 septembre 2017');
		expect(formatFieldworkPeriod('en', '2020-06-12', '2020-06-13')).toBe('12–13 June 2020');
	});

	it('writes the year once for months of the same year', () => {
		expect(formatFieldworkPeriod('fr', '2013-10', '2013-11')).toBe('octobre – novembre 2013');
	});

	it('writes one date when both ends are the same', () => {
		expect(formatFieldworkPeriod('en', '2013-11', '2013-11')).toBe('November 2013');
		expect(formatFieldworkPeriod('fr', '2012', '2012')).toBe('2012');
	});

	it('writes both years when the fieldwork crosses a new year', () => {
		expect(formatFieldworkPeriod('en', '2018-12-20', '2019-01-10')).toBe(
			'20 December 2018 – 10 January 2019'
		);
	});

	it('uses the known end when the other is missing, and null when both are', () => {
		expect(formatFieldworkPeriod('fr', null, '2018')).toBe('2018');
		expect(formatFieldworkPeriod('fr', null, null)).toBeNull();
	});
});
