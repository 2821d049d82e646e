/**
 * The charts as the server renders them (prerender, JavaScript off): fixed view models in, SVG
 * out, checked for what must hold whatever the styling: breaks at missing years, hollow derived
 * points, the "not published" line, one tab stop, no inline style.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TrendView } from '../../views/types';
import {
	awarenessSeries,
	awarenessTrend,
	digitalDumbbell,
	estimate,
	expectationsTrend,
	obstaclesBars
} from '../test/fixtures';
import { clean, count } from '../test/markup';
import GapDumbbell from './GapDumbbell.svelte';
import RankedBars from './RankedBars.svelte';
import TrendChart from './TrendChart.svelte';

/** 2012 50 (n unknown), 2013 64, no wave in 2014, 2016 61: two stretches of line. */
function shortTrend(): TrendView {
	const series = awarenessSeries('fr');
	return {
		id: 'short',
		title: 'Notoriété',
		years: [2012, 2013, 2014, 2015, 2016],
		series: [
			{
				...series,
				points: series.points.slice(0, 3),
				missing: [
					{ year: 2014, reason: 'no_wave' },
					{ year: 2015, reason: 'not_published' }
				]
			}
		]
	};
}

describe('TrendChart on the server', () => {
	it('breaks the line at the missing years: two segments, never one through the gap', () => {
		// 2012–2013 and 2016–2017: two segments either side of 2014–2015.
		const { body: withTwo } = render(TrendChart, {
			props: {
				view: {
					...shortTrend(),
					series: [{ ...shortTrend().series[0], points: awarenessSeries('fr').points.slice(0, 4) }]
				},
				lang: 'fr'
			}
		});
		expect(count(withTwo, /class="line__segment/)).toBe(2);
		// With 2016 alone after the gap, only 2012–2013 is a segment: 2016 is drawn by its point and
		// whisker, never joined to 2013.
		const { body } = render(TrendChart, { props: { view: shortTrend(), lang: 'fr' } });
		expect(count(body, /class="line__segment/)).toBe(1);
	});

	it('draws the whole awareness series as three stretches: two lines and a lone point', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } });
		expect(count(body, /class="line__segment/)).toBe(2);
		expect(count(body, /class="point tone-second/)).toBe(6);
	});

	it('marks the missing years with their reason', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('en'), lang: 'en' } });
		expect(count(body, /class="gap-marker[ "]/)).toBe(3);
		expect(body).toContain('>no wave</text>');
		expect(body).toContain('>not published</text>');
	});

	it('draws a derived point hollow and a small base with its ring', () => {
		const series = awarenessSeries('fr');
		const [first, second, ...rest] = series.points;
		const view = {
			...awarenessTrend('fr'),
			series: [
				{
					...series,
					points: [{ ...first, derived: true }, { ...second, smallBase: true }, ...rest]
				}
			]
		};
		const { body } = render(TrendChart, { props: { view, lang: 'fr' } });
		expect(count(body, /point--derived/)).toBe(1);
		expect(count(body, /class="point__small-base/)).toBe(1);
		expect(body).toMatch(/class="point tone-second[^"]*point--derived/);
	});

	it('writes the last value of the series, for print, without a name when it is alone', () => {
		const body = clean(
			render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } }).body
		);
		expect(body).toMatch(
			/<text class="end-label__text"[^>]*><tspan class="end-label__value">47\u00a0%<\/tspan><\/text>/
		);
		expect(body).not.toContain('end-label__name');
	});

	it('draws a lone series solid with circles', () => {
		const body = clean(
			render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } }).body
		);
		expect(count(body, /class="line tone-second line--solid/)).toBe(1);
		expect(count(body, /class="point tone-second point--circle/)).toBe(6);
	});

	it('labels every year of a two-year chart, on a phone too', () => {
		const body = clean(render(TrendChart, { props: { view: twoYears(), lang: 'en' } }).body);
		for (const year of [2016, 2017]) {
			expect(body).toMatch(
				new RegExp(
					`class="tick tick--thinned tick--at-17 tick--at-14 tick--at-12 tick--at-11[^"]*"[^>]*><line[^>]*></line><text[^>]*>${year}</text>`
				)
			);
		}
	});

	it('labels the first and last years and the years with a figure first', () => {
		const body = clean(
			render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } }).body
		);
		const atPhone = [
			...body.matchAll(
				/class="tick tick--thinned([^"]*)"[^>]*><line[^>]*><\/line><text[^>]*>(\d{4})<\/text>/g
			)
		]
			.filter(([, classes]) => classes.includes('tick--at-17'))
			.map(([, , year]) => Number(year));
		expect(atPhone).toContain(2012);
		expect(atPhone).toContain(2020);
		expect(atPhone).not.toContain(2019);
		expect(atPhone.length).toBeGreaterThanOrEqual(4);
	});

	it('marks each testable change with its glyph: two solid, two outline, none for the untestable', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } });
		const marks = body.slice(body.indexOf('class="change-marks'));
		expect(count(marks.slice(0, marks.indexOf('class="points')), /glyph--solid/)).toBe(2);
		expect(count(marks.slice(0, marks.indexOf('class="points')), /glyph--outline/)).toBe(2);
	});

	it('makes every point an image with its sentence, one of them the tab stop', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('en'), lang: 'en' } });
		expect(count(body, /role="img"/)).toBe(6);
		expect(count(body, /tabindex="0"/)).toBe(1);
		expect(count(body, /tabindex="-1"/)).toBe(5);
		expect(body).toContain(
			'aria-label="Knows the social and solidarity economy, General public, 2017: 63% (±\u00a02.9\u00a0pts)'
		);
	});

	it('scales with a viewBox and uses no inline style', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } });
		expect(body).toMatch(/<svg[^>]*viewBox="0 0 480 300"[^>]*width="100%"/);
		expect(body).not.toMatch(/style=/);
	});

	it('renders the same SVG every time', () => {
		const first = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } }).body;
		const second = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } }).body;
		expect(second).toBe(first);
	});

	it('cuts the line at a series break and marks it half-way, "formulation changée", with no glyph', () => {
		const body = clean(
			render(TrendChart, { props: { view: expectationsTrend('fr'), lang: 'fr' } }).body
		);
		// Co-design is joined from 2016 to 2017; financial support, broken in 2017, is not.
		expect(count(body, /class="line__segment/)).toBe(1);
		const xs = [...body.matchAll(/class="point tone-first[^"]*"[^>]*transform="translate\((\d+),/g)]
			.map(([, x]) => Number(x))
			.filter((x, index, all) => all.indexOf(x) === index);
		expect(xs).toHaveLength(2);
		const marker = body.match(
			/<g class="gap-marker gap-marker--break tone-first gap-marker--partial[^"]*"><line class="gap-marker__line[^"]*" x1="([\d.]+)"[^>]*><\/line><text class="gap-marker__label[^"]*"[^>]*>([^<]*)<\/text>/
		);
		expect(marker?.[2]).toBe('formulation changée');
		expect(Number(marker?.[1])).toBeCloseTo((xs[0] + xs[1]) / 2, 0);
		// One glyph: the co-design change; none for the change that is not computed.
		const marks = body.slice(body.indexOf('class="change-marks'), body.indexOf('class="points'));
		expect(count(marks, /class="glyph /)).toBe(1);
		expect(body).toContain(
			'aria-label="Soutien financier, Entrepreneurs sociaux, 2017\u00a0: 48\u00a0% (±\u00a010,2\u00a0pts), non comparable à 2016 (formulation changée). n\u00a0=\u00a088 (taille d\'échantillon supposée). Rupture de série\u00a0: Le chiffre 2016 est une paraphrase de presse."'
		);
	});

	it('says "wording changed" at the break in English', () => {
		const { body } = render(TrendChart, { props: { view: expectationsTrend('en'), lang: 'en' } });
		expect(body).toContain('>wording changed</text>');
	});

	it('matches its snapshot', async () => {
		const { body } = render(TrendChart, { props: { view: shortTrend(), lang: 'fr' } });
		await expect(body).toMatchFileSnapshot('./__snapshots__/TrendChart.short.fr.html');
	});
});

/** Two answers of the public, and one of the entrepreneurs, 2016–2017 (figures made up for the test). */
function twoYears(): TrendView {
	const point = (
		population: 'public' | 'entrepreneurs',
		answer: string,
		year: number,
		value: number
	) =>
		estimate({
			year,
			value,
			population,
			question: 'impact',
			answer,
			label: answer,
			lang: 'en',
			ciLow: value - 3,
			ciHigh: value + 3,
			base: 500
		});
	const series = (
		population: 'public' | 'entrepreneurs',
		answer: string,
		label: string,
		values: [number, number]
	) => ({
		key: `${population}/impact/${answer}`,
		answerId: answer,
		label,
		population,
		populationLabel: population === 'public' ? 'General public' : 'Social entrepreneurs',
		tone: population === 'public' ? ('second' as const) : ('first' as const),
		points: [
			point(population, answer, 2016, values[0]),
			point(population, answer, 2017, values[1])
		],
		missing: [],
		breaks: []
	});
	return {
		id: 'impact',
		title: 'Impact',
		years: [2016, 2017],
		series: [series('public', 'yes', 'Yes', [57, 63]), series('public', 'no', 'No', [40, 36])]
	};
}

/** The awareness of two terms in the public: same colour, told apart by dash, marker and name. */
function twoTerms(lang: 'fr' | 'en'): TrendView {
	const sse = awarenessSeries(lang);
	const social = {
		...sse,
		key: 'public/awareness_terms/social_entrepreneurship',
		label: lang === 'fr' ? 'Entrepreneuriat social' : 'Social entrepreneurship',
		points: sse.points.map((point, index) => ({
			...point,
			key: `${point.key}/social`,
			value: [18, 20, 37, 37, 38, 30][index],
			ciLow: null,
			ciHigh: null,
			change: null
		}))
	};
	return {
		...awarenessTrend(lang),
		series: [{ ...sse, label: 'Économie sociale et solidaire (ESS)' }, social]
	};
}

describe('TrendChart with several series of one population', () => {
	it('gives each series its own dash pattern and marker shape, in the chart and in the key', () => {
		const body = clean(render(TrendChart, { props: { view: twoTerms('fr'), lang: 'fr' } }).body);
		expect(count(body, /class="line tone-second line--solid/)).toBe(1);
		expect(count(body, /class="line tone-second line--dashed/)).toBe(1);
		expect(count(body, /class="point tone-second point--circle/)).toBe(6);
		expect(count(body, /class="point tone-second point--square/)).toBe(6);
		expect(count(body, /class="legend__line legend__line--solid"/)).toBe(1);
		expect(count(body, /class="legend__line legend__line--dashed"/)).toBe(1);
		expect(count(body, /class="legend__marker"/)).toBe(2);
	});

	it('names the series in the end labels, by its acronym when the name is long', () => {
		const body = clean(render(TrendChart, { props: { view: twoTerms('fr'), lang: 'fr' } }).body);
		expect(body).toContain(
			'<tspan class="end-label__name">ESS</tspan> <tspan class="end-label__value">47\u00a0%</tspan>'
		);
		expect(body).toMatch(
			/<tspan class="end-label__name">Entrep[^<]*<\/tspan> <tspan class="end-label__value">30\u00a0%<\/tspan>/
		);
	});

	it('gives the entrepreneurs a marker of their own, so a grey print still tells the populations apart', () => {
		const view = twoYears();
		const [yes] = view.series;
		const entrepreneurs = {
			...yes,
			key: 'entrepreneurs/impact/yes',
			population: 'entrepreneurs',
			populationLabel: 'Social entrepreneurs',
			tone: 'first' as const,
			points: yes.points.map((point) => ({
				...point,
				key: `e/${point.key}`,
				tone: 'first' as const,
				value: point.value + 20
			}))
		};
		const body = clean(
			render(TrendChart, { props: { view: { ...view, series: [yes, entrepreneurs] }, lang: 'en' } })
				.body
		);
		expect(count(body, /class="point tone-second point--circle/)).toBe(2);
		expect(count(body, /class="point tone-first point--square/)).toBe(2);
		expect(count(body, /class="line tone-first line--solid/)).toBe(1);
	});

	it('puts a label that cannot fit into the key, with its value and year', () => {
		// "No" ends in 2016 at 50 %, with flat lines every 6 points from 38 to 62 % over 2016–2017: no room.
		const view = twoYears();
		const [yes, no] = view.series;
		const flat = (key: string, label: string, value: number) => ({
			...yes,
			key,
			label,
			points: yes.points.map((point) => ({
				...point,
				key: `${key}/${point.year}`,
				value,
				ciLow: null,
				ciHigh: null
			}))
		});
		const early = { ...no, points: [{ ...no.points[0], value: 50, ciLow: null, ciHigh: null }] };
		const series = [
			flat('yes', 'Yes', 50),
			flat('maybe', 'Maybe', 56),
			flat('other', 'Other', 44),
			flat('high', 'High', 62),
			flat('low', 'Low', 38),
			early
		];
		const body = clean(
			render(TrendChart, { props: { view: { ...view, series }, lang: 'en' } }).body
		);
		expect(body).toMatch(/No<span class="legend__note"> 50% \(2016\)<\/span>/);
		expect(count(body, /class="end-label__value">/)).toBe(5);
		expect(body).toMatch(
			/<tspan class="end-label__name">Yes<\/tspan> <tspan class="end-label__value">50%<\/tspan>/
		);
	});

	it('leaves unlabelled a gap of one series in a year where another has a figure', () => {
		const view = twoTerms('fr');
		const [sse, social] = view.series;
		// The second series skips 2016 and 2017, where the first has figures.
		const holed = {
			...social,
			points: social.points.filter((point) => point.year !== 2016 && point.year !== 2017),
			missing: [
				...social.missing,
				{ year: 2016, reason: 'not_published' as const },
				{ year: 2017, reason: 'not_published' as const }
			]
		};
		const body = clean(
			render(TrendChart, { props: { view: { ...view, series: [sse, holed] }, lang: 'fr' } }).body
		);
		expect(count(body, /class="gap-marker[ "]/)).toBe(5);
		expect(count(body, /class="gap-marker__label"/)).toBe(3);
	});

	it('uses no inline style', () => {
		const body = clean(render(TrendChart, { props: { view: twoTerms('en'), lang: 'en' } }).body);
		expect(body).not.toMatch(/style=/);
	});
});

describe('RankedBars on the server', () => {
	it('draws a bar a published answer, the derived one hollow', () => {
		const { body } = render(RankedBars, { props: { view: obstaclesBars('fr'), lang: 'fr' } });
		expect(count(body, /class="bar tone-first/)).toBe(2);
		expect(count(body, /bar--derived/)).toBe(1);
	});

	it('says the other answers were not published when the list is partial', () => {
		const { body } = render(RankedBars, { props: { view: obstaclesBars('fr'), lang: 'fr' } });
		expect(body).toContain('Autres réponses non publiées');
		const { body: english } = render(RankedBars, {
			props: { view: obstaclesBars('en'), lang: 'en' }
		});
		expect(english).toContain('Other answers not published');
	});

	it('has no such line when the list is complete', () => {
		const { body } = render(RankedBars, {
			props: { view: { ...obstaclesBars('fr'), partial: false }, lang: 'fr' }
		});
		expect(body).not.toContain('Autres réponses non publiées');
	});

	it('writes each value and change beside its bar', () => {
		const { body } = render(RankedBars, { props: { view: obstaclesBars('fr'), lang: 'fr' } });
		expect(body).toMatch(/class="value-label[^>]*>43\u00a0%<\/text>/);
		expect(body).toMatch(/>\u22128\u00a0pts<\/tspan>/);
		expect(body).toContain('>depuis 2016</text>');
		expect(body).not.toMatch(/style=/);
	});
});

describe('GapDumbbell on the server', () => {
	it('draws both points of each row, a segment between them, and the gap in words', () => {
		const { body } = render(GapDumbbell, { props: { view: digitalDumbbell('fr'), lang: 'fr' } });
		expect(count(body, /class="point tone-/)).toBe(8);
		// Each population its marker, so the two ends differ in grey too.
		expect(count(body, /class="point tone-first point--square/)).toBe(4);
		expect(count(body, /class="point tone-second point--circle/)).toBe(4);
		expect(count(body, /class="connector[ "]/)).toBe(4);
		expect(body).toMatch(/>\+19\u00a0pts<\/tspan>/);
		expect(body).toMatch(/>\+10 à \+25<\/tspan>/);
		expect(count(body, />significatif<\/tspan>/)).toBe(4);
		expect(body).not.toMatch(/style=/);
	});
});
