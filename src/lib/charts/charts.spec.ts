/**
 * The charts as the server renders them (prerender, JavaScript off): fixed view models in, SVG
 * out, checked for what must hold whatever the styling: breaks at missing years, hollow derived
 * points, the "not published" line, one tab stop, no inline style.
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TrendView } from '../views/types';
import ChartFigure from './ChartFigure.svelte';
import { describeTrend } from './describe';
import { awarenessSeries, awarenessTrend, digitalDumbbell, obstaclesBars } from './fixtures';
import GapDumbbell from './GapDumbbell.svelte';
import RankedBars from './RankedBars.svelte';
import { trendTable } from './tables';
import TrendChart from './TrendChart.svelte';

/** How many times a pattern occurs in a text. */
function count(text: string, pattern: RegExp): number {
	return text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

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
		const { body } = render(TrendChart, { props: { view: shortTrend(), lang: 'fr' } });
		expect(count(body, /class="line__segment/)).toBe(1);
		// 2012–2013 is one segment; 2016 stands alone, drawn by its point and whisker only.
		const { body: withTwo } = render(TrendChart, {
			props: {
				view: { ...shortTrend(), series: [{ ...shortTrend().series[0], points: awarenessSeries('fr').points.slice(0, 4) }] },
				lang: 'fr'
			}
		});
		expect(count(withTwo, /class="line__segment/)).toBe(2);
	});

	it('draws the whole awareness series as three stretches: two lines and a lone point', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } });
		expect(count(body, /class="line__segment/)).toBe(2);
		expect(count(body, /class="point tone-public/)).toBe(6);
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
			series: [{ ...series, points: [{ ...first, derived: true }, { ...second, smallBase: true }, ...rest] }]
		};
		const { body } = render(TrendChart, { props: { view, lang: 'fr' } });
		expect(count(body, /point--derived/)).toBe(1);
		expect(count(body, /class="point__small-base/)).toBe(1);
		expect(body).toMatch(/class="point tone-public[^"]*point--derived/);
	});

	it('writes the last value of the series, for print', () => {
		const { body } = render(TrendChart, { props: { view: awarenessTrend('fr'), lang: 'fr' } });
		expect(body).toMatch(/class="end-label[^>]*>47\u00a0%<\/text>/);
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
		expect(body).toContain('aria-label="Knows the social and solidarity economy, General public, 2017: 63% (±\u00a02.9\u00a0pts)');
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

	it('matches its snapshot', async () => {
		const { body } = render(TrendChart, { props: { view: shortTrend(), lang: 'fr' } });
		await expect(body).toMatchFileSnapshot('./__snapshots__/TrendChart.short.fr.html');
	});
});

describe('RankedBars on the server', () => {
	it('draws a bar a published answer, the derived one hollow', () => {
		const { body } = render(RankedBars, { props: { view: obstaclesBars('fr'), lang: 'fr' } });
		expect(count(body, /class="bar tone-entrepreneurs/)).toBe(2);
		expect(count(body, /bar--derived/)).toBe(1);
	});

	it('says the other answers were not published when the list is partial', () => {
		const { body } = render(RankedBars, { props: { view: obstaclesBars('fr'), lang: 'fr' } });
		expect(body).toContain('Autres réponses non publiées');
		const { body: english } = render(RankedBars, { props: { view: obstaclesBars('en'), lang: 'en' } });
		expect(english).toContain('Other answers not published');
	});

	it('has no such line when the list is complete', () => {
		const { body } = render(RankedBars, { props: { view: { ...obstaclesBars('fr'), partial: false }, lang: 'fr' } });
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
		expect(count(body, /class="connector[ "]/)).toBe(4);
		expect(body).toMatch(/>\+19\u00a0pts<\/tspan>/);
		expect(body).toMatch(/>\+10 à \+25<\/tspan>/);
		expect(count(body, />significatif<\/tspan>/)).toBe(4);
		expect(body).not.toMatch(/style=/);
	});
});

describe('ChartFigure on the server', () => {
	it('gives the chart a caption, a description and a table of its numbers', () => {
		const view = awarenessTrend('fr');
		const children = createRawSnippet(() => ({ render: () => '<div class="chart-stand-in"></div>' }));
		const { body } = render(ChartFigure, {
			props: { lang: 'fr', title: view.title, description: describeTrend('fr', view), table: trendTable('fr', view), children }
		});
		expect(body).toMatch(/<figure[^>]*aria-labelledby="([^"]+)"[\s\S]*<figcaption id="\1"/);
		expect(body).toContain('Maximum\u00a0: 68\u00a0% en 2018.');
		expect(body).toMatch(/<summary[^>]*>Tableau<\/summary>/);
		expect(count(body, /<th scope="row"/)).toBe(9);
		expect(body).toContain('chart-stand-in');
		expect(body).not.toMatch(/style=/);
	});
});
