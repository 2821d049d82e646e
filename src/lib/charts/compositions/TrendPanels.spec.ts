/**
 * The small-multiples rule as the server renders it: panels and lines counted for 1, 5, 6 and 12
 * series, the keys, and the subgroups left out by default.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { syntheticTrend } from '../test/fixtures';
import { clean, count } from '../test/markup';
import TrendPanels from './TrendPanels.svelte';

/** The lines of each panel, in order. */
function linesByPanel(body: string): number[] {
	return body
		.split('class="chart-frame"')
		.slice(1)
		.map((panel) => count(panel, /class="line tone-/));
}

function rendered(answers: number, populations: string[], subgroups?: 'offered' | 'drawn') {
	const view = syntheticTrend(answers, populations);
	return clean(render(TrendPanels, { props: { view, lang: 'fr', subgroups } }).body);
}

describe('TrendPanels on the server', () => {
	it('draws 1 series in one panel', () => {
		expect(linesByPanel(rendered(1, ['public']))).toEqual([1]);
	});

	it('draws 5 answers of one population in one panel, each in its own colour and marker', () => {
		const body = rendered(5, ['public']);
		expect(linesByPanel(body)).toEqual([5]);
		for (let answer = 1; answer <= 5; answer++) {
			expect(count(body, new RegExp(`class="line tone-answer-${answer} `))).toBe(1);
		}
		expect(count(body, /class="point tone-answer-1 point--circle/)).toBe(3);
		expect(count(body, /class="point tone-answer-5 point--cross/)).toBe(3);
		// The key names the five answers, not a population.
		expect(count(body, /class="legend__label"/)).toBe(5);
		expect(body).not.toContain('trend-panels__title');
	});

	it('splits 6 answers of one population into 6 panels of one line, titled by their answer', () => {
		const body = rendered(6, ['public']);
		expect(linesByPanel(body)).toEqual([1, 1, 1, 1, 1, 1]);
		expect(count(body, /class="trend-panels__title">Réponse \d<\/p>/)).toBe(6);
	});

	it('splits 12 series (6 answers, 2 populations) into 6 panels of 2 lines, one short key', () => {
		const body = rendered(6, ['public', 'entrepreneurs']);
		expect(linesByPanel(body)).toEqual([2, 2, 2, 2, 2, 2]);
		expect(count(body, /class="line tone-public /)).toBe(6);
		expect(count(body, /class="line tone-entrepreneurs /)).toBe(6);
		// One key of the two populations for every panel, and one key of the marks.
		expect(count(body, /class="legend__label"/)).toBe(2);
		expect(count(body, /class="marks-key /)).toBe(1);
		// Every panel on the same percent axis: the same tick labels.
		const axes = body
			.split('class="chart-frame"')
			.slice(1)
			.map((panel) =>
				[
					...panel
						.slice(panel.indexOf('axis--y'), panel.indexOf('axis--x'))
						.matchAll(/>([^<>]+)<\/text>/g)
				]
					.map(([, label]) => label.replace('\u00a0', ' '))
					.join(', ')
			);
		expect(new Set(axes)).toEqual(new Set(['0 %, 20 %, 40 %, 60 %']));
	});

	it('offers the subgroups without drawing them, unless the reader chose them', () => {
		const offered = rendered(2, ['public', 'public_18_24']);
		expect(linesByPanel(offered)).toEqual([2]);
		expect(offered).toMatch(/<input type="checkbox"/);
		expect(offered).toContain('Afficher les sous-groupes\u00a0: public_18_24');
		const drawn = rendered(2, ['public', 'public_18_24'], 'drawn');
		expect(linesByPanel(drawn)).toEqual([2, 2]);
		expect(drawn).not.toMatch(/<input type="checkbox"/);
	});
});
