import { describe, expect, it } from 'vitest';
import { awarenessSeries } from '../test/fixtures';
import { hasInterval, intervalRuns, splitAtMissingYears } from './segments';

const years = (runs: { year: number }[][]) => runs.map((run) => run.map((point) => point.year));

describe('splitAtMissingYears', () => {
	it('splits the awareness series at 2014–2015 and 2019', () => {
		const { points, missing } = awarenessSeries();
		expect(years(splitAtMissingYears(points, missing))).toEqual([
			[2012, 2013],
			[2016, 2017, 2018],
			[2020]
		]);
	});

	it('splits a series with one missing year into two runs', () => {
		const points = [{ year: 2012 }, { year: 2013 }, { year: 2016 }];
		expect(years(splitAtMissingYears(points, [{ year: 2014 }]))).toEqual([[2012, 2013], [2016]]);
	});

	it('keeps consecutive waves together when no missing year lies between them', () => {
		const points = [{ year: 2016 }, { year: 2018 }];
		expect(years(splitAtMissingYears(points, []))).toEqual([[2016, 2018]]);
	});

	it('ignores missing years outside the points', () => {
		const points = [{ year: 2016 }, { year: 2017 }];
		expect(years(splitAtMissingYears(points, [{ year: 2014 }, { year: 2019 }]))).toEqual([
			[2016, 2017]
		]);
	});

	it('sorts the points by year and leaves the input unchanged', () => {
		const points = [{ year: 2016 }, { year: 2012 }, { year: 2013 }];
		expect(years(splitAtMissingYears(points, [{ year: 2014 }]))).toEqual([[2012, 2013], [2016]]);
		expect(points.map((point) => point.year)).toEqual([2016, 2012, 2013]);
	});

	it('gives no run for no point', () => {
		expect(splitAtMissingYears([], [{ year: 2014 }])).toEqual([]);
	});
});

describe('intervalRuns', () => {
	it('drops the points without an interval and splits there', () => {
		const points = [
			{ year: 1, ciLow: 1, ciHigh: 2 },
			{ year: 2, ciLow: null, ciHigh: null },
			{ year: 3, ciLow: 3, ciHigh: 4 },
			{ year: 4, ciLow: 4, ciHigh: 5 }
		];
		expect(years(intervalRuns(points))).toEqual([[1], [3, 4]]);
	});

	it('leaves a lone point with an interval as a run of one (a whisker)', () => {
		const [of2012, of2013] = awarenessSeries().points;
		expect(years(intervalRuns([of2012, of2013]))).toEqual([[2013]]);
	});

	it('gives no run when no point has an interval', () => {
		expect(intervalRuns([{ ciLow: null, ciHigh: null }])).toEqual([]);
	});
});

describe('hasInterval', () => {
	it('needs both ends', () => {
		expect(hasInterval({ ciLow: 58, ciHigh: 64 })).toBe(true);
		expect(hasInterval({ ciLow: 58, ciHigh: null })).toBe(false);
	});
});

describe('splitAtMissingYears with series breaks', () => {
	it('starts a new run at a break, as at a missing year', () => {
		const points = [{ year: 2013 }, { year: 2016 }, { year: 2017 }, { year: 2018 }];
		expect(years(splitAtMissingYears(points, [], [{ year: 2017 }]))).toEqual([
			[2013, 2016],
			[2017, 2018]
		]);
		expect(years(splitAtMissingYears(points, [{ year: 2014 }], [{ year: 2017 }]))).toEqual([
			[2013],
			[2016],
			[2017, 2018]
		]);
	});

	it('does not split before the first point, whatever breaks it', () => {
		expect(
			years(splitAtMissingYears([{ year: 2016 }, { year: 2017 }], [], [{ year: 2016 }]))
		).toEqual([[2016, 2017]]);
	});
});
