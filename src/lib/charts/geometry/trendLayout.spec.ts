import { describe, expect, it } from 'vitest';
import type { SeriesView } from '../../views/types';
import { awarenessSeries, change, estimate } from '../test/fixtures';
import { endLabelWidth } from './fitName';
import type { MergedMissingYear } from './missingYears';
import {
	END_LABEL_GAP,
	lastPoint,
	MAX_RIGHT,
	TREND_MARGIN,
	trendEndLabels,
	trendMargin,
	unplacedNotes
} from './trendLayout';

/** A plotting area 320 × 250: 40 units a year from 2012, 2.5 units a point from the bottom. */
const area = {
	innerWidth: 320,
	innerHeight: 250,
	x: (year: number) => (year - 2012) * 40,
	y: (value: number) => 250 - value * 2.5,
	margin: { ...TREND_MARGIN, right: MAX_RIGHT }
};

/** A series of one population from its points (year, value, and a change if any). */
function series(key: string, label: string, points: Parameters<typeof estimate>[0][]): SeriesView {
	return {
		key,
		answerId: key,
		label,
		population: 'public',
		populationLabel: 'Grand public',
		tone: 'public',
		points: points.map((point) => estimate({ ...point, question: key })),
		missing: [],
		breaks: []
	};
}

const noNames = new Map<string, string>();
const noStyles = new Map();

describe('lastPoint', () => {
	it('takes the latest year, whatever the order of the points', () => {
		const points = [2016, 2012, 2020, 2013].map((year) => estimate({ year, value: 40 }));
		expect(lastPoint({ points })?.year).toBe(2020);
		expect(lastPoint({ points: [] })).toBeNull();
	});
});

describe('trendMargin', () => {
	const awareness = awarenessSeries('fr');

	it('keeps the fixed margins for one series, the left one wide enough for the widest tick', () => {
		const narrow = trendMargin({
			lang: 'fr',
			series: [awareness],
			names: noNames,
			named: false,
			yTicks: [0, 20, 40, 60, 80]
		});
		expect(narrow).toEqual({ ...TREND_MARGIN, left: 54 });
		// "100 %" at a phone's font, written 8 units off the plotting area, 2 from the edge.
		const wide = trendMargin({
			lang: 'fr',
			series: [awareness],
			names: noNames,
			named: false,
			yTicks: [0, 50, 100]
		});
		expect(wide.left).toBe(65);
	});

	it("widens the right margin for the longest series' name and value, up to MAX_RIGHT", () => {
		const short = [series('a', 'ESS', [{ year: 2020, value: 47 }])];
		const health = series('b', 'Santé', [{ year: 2020, value: 47 }]);
		// "Santé 47 %" is 103.7 wide at the largest font, after a gap of 10 and before 4 of room.
		const margin = trendMargin({
			lang: 'fr',
			series: [...short, health],
			names: noNames,
			named: true,
			yTicks: [0, 20]
		});
		expect(endLabelWidth({ name: 'Santé', value: '47\u00a0%' }, 17)).toBeCloseTo(103.7);
		expect(margin.right).toBe(118);
		expect(
			trendMargin({
				lang: 'fr',
				series: [awareness, health],
				names: noNames,
				named: true,
				yTicks: [0]
			}).right
		).toBe(MAX_RIGHT);
	});
});

describe('trendEndLabels', () => {
	it('writes the value alone beside the last point of a lone series', () => {
		const awareness = awarenessSeries('fr');
		const { placed, unplaced } = trendEndLabels({
			...area,
			lang: 'fr',
			visible: [awareness],
			names: noNames,
			named: false,
			styles: noStyles,
			missing: [],
			visibleYears: []
		});
		expect(unplaced).toEqual([]);
		expect(placed).toHaveLength(1);
		expect(placed[0]).toMatchObject({ x: 320 + END_LABEL_GAP, y: 132.5, anchor: 'start' });
		expect(placed[0].texts[17]).toEqual({ name: null, value: '47\u00a0%' });
	});

	it("moves a label off another series' change glyph, drawn 15 units above its point", () => {
		// The label of "climate" (2016, y 125) meets the glyph of "health"'s 2018 rise (y 150 - 15).
		const climate = series('climate', 'Changement climatique', [{ year: 2016, value: 50 }]);
		const rise = change(2017, 9, 4, 14, 'significant', 0.001);
		const layout = (withGlyph: boolean) =>
			trendEndLabels({
				...area,
				lang: 'fr',
				visible: [
					climate,
					series('health', 'Santé', [{ year: 2018, value: 40, change: withGlyph ? rise : null }])
				],
				names: noNames,
				named: true,
				styles: noStyles,
				missing: [],
				visibleYears: [2016, 2018]
			}).placed.find((label) => label.key === 'climate');
		expect(layout(false)).toMatchObject({ anchor: 'start', y: 125 });
		expect(layout(true)).toMatchObject({ anchor: 'start', y: 125 - 0.75 * 21 });
	});

	it("keeps clear of a missing year's label, unless other series have a figure that year", () => {
		// A low last point (y 225) left of 2018, whose "pas de vague" rises from the bottom.
		const low = series('low', 'Changement climatique', [{ year: 2016, value: 10 }]);
		const other = series('other', 'Santé', [{ year: 2020, value: 90 }]);
		const gap: MergedMissingYear = {
			year: 2018,
			reasons: ['no_wave'],
			inEverySeries: false,
			tones: ['public']
		};
		const layout = (missing: MergedMissingYear[], visibleYears: number[]) =>
			trendEndLabels({
				...area,
				lang: 'fr',
				visible: [low, other],
				names: noNames,
				named: true,
				styles: noStyles,
				missing,
				visibleYears
			}).placed.find((label) => label.key === 'low');
		expect(layout([], [2016, 2020])).toMatchObject({ anchor: 'start', y: 225 });
		expect(layout([gap], [2016, 2020])).toMatchObject({ anchor: 'end', x: 164 });
		// Where another series has a figure, the gap goes unlabelled: it is no obstacle.
		expect(layout([gap], [2016, 2018, 2020])).toMatchObject({ anchor: 'start', y: 225 });
	});
});

describe('unplacedNotes', () => {
	it('gives the last value and year of each series left out, in the page language', () => {
		const awareness = awarenessSeries('fr');
		expect(unplacedNotes('fr', [awareness], [awareness.key, 'unknown'])).toEqual(
			new Map([[awareness.key, '47\u00a0% (2020)']])
		);
		expect(unplacedNotes('en', [awarenessSeries('en')], [awareness.key]).get(awareness.key)).toBe(
			'47% (2020)'
		);
	});
});
