import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import type { Wave } from '../types';
import { validateSampleComposition } from './validateSampleComposition';

const wave: Wave = {
	year: 2017,
	population: 'entrepreneurs',
	sampleSize: 88,
	fieldworkStart: null,
	fieldworkEnd: null,
	method: null,
	source: 'report',
	edition: null,
	parent: null,
	designEffect: 1,
	statedMargin: null
};

describe('validateSampleComposition', () => {
	it('keeps the rows of known waves and reports the others', () => {
		const csv =
			'year,population,variable,category,pct,source\n2017,entrepreneurs,sex,women,37,report l.121\n2017,public,sex,women,52,\n';
		const { records, issues, report } = validateSampleComposition(
			readTable('data/sample_composition.csv', new TextEncoder().encode(csv), schema.composition),
			'data/sample_composition.csv',
			[wave]
		);
		expect(records).toEqual([
			{
				year: 2017,
				population: 'entrepreneurs',
				variable: 'sex',
				category: 'women',
				pct: 37,
				source: 'report l.121'
			}
		]);
		expect(issues.map(formatIssue)).toEqual([
			'data/sample_composition.csv:3:2: error: no wave 2017 public in waves.csv'
		]);
		expect(report).toEqual({
			file: 'data/sample_composition.csv',
			rows: 2,
			loaded: 1,
			rejected: 1
		});
	});
});
