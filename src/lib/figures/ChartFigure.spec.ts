/**
 * A figure as the server renders it (prerender, JavaScript off): the chart with its caption, its
 * description and the table of its numbers.
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { describeTrend } from '../charts/text/describe';
import { trendTable } from '../charts/text/tables';
import { awarenessTrend } from '../charts/test/fixtures';
import { count } from '../charts/test/markup';
import ChartFigure from './ChartFigure.svelte';

describe('ChartFigure on the server', () => {
	it('gives the chart a caption, a description and a table of its numbers', () => {
		const view = awarenessTrend('fr');
		const children = createRawSnippet(() => ({
			render: () => '<div class="chart-stand-in"></div>'
		}));
		const { body } = render(ChartFigure, {
			props: {
				lang: 'fr',
				title: view.title,
				description: describeTrend('fr', view),
				table: trendTable('fr', view),
				children
			}
		});
		expect(body).toMatch(/<figure[^>]*aria-labelledby="([^"]+)"[\s\S]*<figcaption id="\1"/);
		expect(body).toContain('Maximum\u00a0: 68\u00a0% en 2018.');
		expect(body).toMatch(/<summary[^>]*>Tableau<\/summary>/);
		expect(count(body, /<th scope="row"/)).toBe(9);
		expect(body).toContain('chart-stand-in');
		expect(body).not.toMatch(/style=/);
	});
});
