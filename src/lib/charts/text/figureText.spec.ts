import { describe, expect, it } from 'vitest';
import { describeDumbbell, describeRankedBars, describeTrend } from './describe';
import { figureTexts } from './figureText';
import { dumbbellTable, rankedBarsTable, trendTable } from './tables';
import { awarenessTrend, digitalDumbbell, obstaclesBars } from '../test/fixtures';

describe('figureTexts', () => {
	const trend = awarenessTrend('fr');
	const bars = obstaclesBars('fr');
	const dumbbell = digitalDumbbell('fr');
	const texts = figureTexts('fr', { trends: [trend], bars: [bars, null], dumbbells: [dumbbell] });

	it('gives each view its description and table, by id, skipping missing views', () => {
		expect(Object.keys(texts).sort()).toEqual([bars.id, dumbbell.id, trend.id].sort());
		expect(texts[trend.id]).toEqual({
			description: describeTrend('fr', trend),
			table: trendTable('fr', trend)
		});
		expect(texts[bars.id]).toEqual({
			description: describeRankedBars('fr', bars),
			table: rankedBarsTable('fr', bars)
		});
		expect(texts[dumbbell.id]).toEqual({
			description: describeDumbbell('fr', dumbbell),
			table: dumbbellTable('fr', dumbbell)
		});
	});

	it('is empty for a page without charts', () => {
		expect(figureTexts('en', {})).toEqual({});
	});
});
