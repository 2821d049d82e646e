import { describe, expect, it } from 'vitest';
import { fittingTicks, tickLabelSizes, type TickLabel } from './axisLabels';

/** Years from `first` to `last`, `spacing` viewBox units apart from x = 60, ranked 1 with a figure, 2 without. */
function years(
	first: number,
	last: number,
	spacing: number,
	withFigure: readonly number[] = []
): TickLabel[] {
	return Array.from({ length: last - first + 1 }, (_, index) => ({
		value: first + index,
		text: String(first + index),
		x: 60 + index * spacing,
		anchor: 'middle' as const,
		rank: withFigure.length === 0 || withFigure.includes(first + index) ? 1 : 2
	}));
}

describe('tickLabelSizes', () => {
	it('writes both years of a two-year axis at every size (2016–2017 on a phone)', () => {
		const sizes = tickLabelSizes(years(2016, 2017, 186), 0.2);
		expect(sizes.get(2016)).toEqual([17, 14, 12, 11]);
		expect(sizes.get(2017)).toEqual([17, 14, 12, 11]);
	});

	it('writes every year where there is room', () => {
		const sizes = tickLabelSizes(years(2012, 2020, 60), 0.2);
		for (const year of [2012, 2013, 2016, 2020]) expect(sizes.get(year)).toEqual([17, 14, 12, 11]);
	});

	it('always writes the first and last years, and drops years without a figure first', () => {
		// 2012–2020 on a phone: about 32 units a year, a year is 43.5 units wide at 17.
		const withFigure = [2012, 2013, 2016, 2017, 2018, 2020];
		const sizes = tickLabelSizes(years(2012, 2020, 32, withFigure), 0.2);
		const atPhone = [...sizes].filter(([, at]) => at.includes(17)).map(([year]) => year);
		expect(atPhone).toContain(2012);
		expect(atPhone).toContain(2020);
		expect(atPhone).toContain(2016);
		expect(atPhone).toContain(2018);
		expect(atPhone).not.toContain(2019);
		expect(atPhone).not.toContain(2015);
		// Smaller fonts write more.
		const atDesktop = [...sizes].filter(([, at]) => at.includes(11)).map(([year]) => year);
		expect(atDesktop.length).toBeGreaterThan(atPhone.length);
		for (const year of withFigure) expect(atDesktop).toContain(year);
	});

	it('writes all nine years of a wide chart, 31 units apart as rounding leaves some', () => {
		const sizes = tickLabelSizes(years(2012, 2020, 31, [2012, 2016, 2017, 2018, 2020]), 0.2);
		for (let year = 2012; year <= 2020; year++) expect(sizes.get(year)).toContain(11);
	});

	it('never lets two written labels overlap', () => {
		const labels = years(2000, 2020, 25);
		for (const size of [17, 14, 12, 11]) {
			const kept = [...fittingTicks(labels, size, 0.2)].sort();
			for (let index = 1; index < kept.length; index++) {
				const gap = (kept[index] - kept[index - 1]) * 25;
				expect(gap).toBeGreaterThanOrEqual(4 * 0.64 * size + 0.2 * size - 0.01);
			}
		}
	});

	it('keeps the first and last labels even when they overlap', () => {
		const kept = fittingTicks(
			years(2016, 2017, 10).map((label) => ({ ...label, rank: 0 })),
			17,
			0.2
		);
		expect([...kept]).toEqual([2016, 2017]);
	});
});
