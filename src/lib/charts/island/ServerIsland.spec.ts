/**
 * A chart island as the server writes it: the chart in full inside its box, as `render` writes
 * it (the markers the browser's hydration starts from), its ids under the island's own.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RankedBars from '../compositions/RankedBars.svelte';
import TrendPanels from '../compositions/TrendPanels.svelte';
import { awarenessTrend, obstaclesBars } from '../test/fixtures';
import ServerIsland from './ServerIsland.svelte';

/** The island's id and what its box holds. */
function island(body: string): { id: string; inside: string } {
	const match = /<div class="chart-island" data-island="([^"]+)">([\s\S]*)<\/div>/.exec(body);
	if (!match) throw new Error(`not an island: ${body.slice(0, 80)}`);
	return { id: match[1], inside: match[2] };
}

describe('ServerIsland', () => {
	it('holds the trend drawn in full, as render writes it for hydration', () => {
		const props = {
			view: awarenessTrend('fr'),
			lang: 'fr' as const,
			subgroups: 'offered' as const
		};
		const { id, inside } = island(
			render(ServerIsland, { props: { chart: { name: 'trend', props } } }).body
		);
		const alone = render(TrendPanels, { props, idPrefix: id }).body;
		expect(inside).toContain(alone);
		expect(alone.startsWith('<!--[-->')).toBe(true);
		expect(inside).toMatch(/<svg[^>]*class="chart-frame__svg/);
		expect(inside).toContain('68\u00a0%');
	});

	it('gives the chart ids under its own, so that two charts of a page never share one', () => {
		const props = { view: obstaclesBars('en'), lang: 'en' as const };
		const { id, inside } = island(
			render(ServerIsland, { props: { chart: { name: 'bars', props } } }).body
		);
		const ids = [...inside.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
		expect(ids.length).toBeGreaterThan(0);
		for (const chartId of ids) expect(chartId.startsWith(`${id}-`), chartId).toBe(true);
		expect(inside).toContain(render(RankedBars, { props, idPrefix: id }).body);
	});
});
