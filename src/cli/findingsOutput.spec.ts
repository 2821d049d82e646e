import { describe, expect, it } from 'vitest';
import { findings } from '../lib/findings/findings';
import { bundledCatalog } from '../lib/server/bundledCatalog';
import { findingsJson, findingsText } from './findingsOutput';

const list = findings(bundledCatalog('en'), { year: 2017 });

describe('findingsOutput', () => {
	it('gives the snake_case fields, nulls where a field does not apply', () => {
		const gap = findingsJson(list).find(
			(f) => f.kind === 'gap' && f.question_id === 'digital_social_link'
		);
		expect(gap).toMatchObject({
			population: 'entrepreneurs',
			population_b: 'public',
			from_year: null,
			pct: 60,
			pct_b: 35,
			delta: null,
			gap: 25,
			verdict: 'significant'
		});
	});

	it('prints a line per finding under a line per theme', () => {
		const lines = findingsText(list).split('\n');
		expect(lines[0]).toBe('== awareness ==');
		expect(lines.filter((line) => line.startsWith('== ')).length).toBe(
			new Set(list.map((f) => f.theme)).size
		);
		expect(lines.filter((line) => line !== '' && !line.startsWith('== '))).toEqual(
			list.map((f) => f.text)
		);
	});
});
