import { describe, expect, it } from 'vitest';
import { percentDomain, yearDomain } from './scales';

describe('yearDomain', () => {
	it('leaves half a year each side', () => {
		expect(yearDomain([2012, 2013, 2020])).toEqual([2011.5, 2020.5]);
	});

	it('works on unsorted years and a single year', () => {
		expect(yearDomain([2020, 2012])).toEqual([2011.5, 2020.5]);
		expect(yearDomain([2017])).toEqual([2016.5, 2017.5]);
	});

	it('gives [0, 1] for no year', () => {
		expect(yearDomain([])).toEqual([0, 1]);
	});
});

describe('percentDomain', () => {
	it('starts at 0 and rounds the top up to 10 for bars and trends', () => {
		expect(percentDomain([50, 66.91, 70.76, 44.01], { includeZero: true })).toEqual([0, 80]);
		expect(percentDomain([53.42, 28.42], { includeZero: true })).toEqual([0, 60]);
	});

	it('rounds both ends outward to the step for dumbbells', () => {
		expect(percentDomain([32.2, 93.24])).toEqual([30, 100]);
		expect(percentDomain([32.2, 93.24], { step: 25 })).toEqual([25, 100]);
	});

	it('stays within 0–100', () => {
		expect(percentDomain([0, 100])).toEqual([0, 100]);
		expect(percentDomain([99.5])).toEqual([90, 100]);
	});

	it('widens a domain of one rounded value by a step', () => {
		expect(percentDomain([60, 60])).toEqual([60, 70]);
		expect(percentDomain([100])).toEqual([90, 100]);
	});

	it('gives 0–100 for no value', () => {
		expect(percentDomain([])).toEqual([0, 100]);
	});
});
