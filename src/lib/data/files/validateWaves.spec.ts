import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import { validateWaves } from './validateWaves';

const header = 'year,population,sample_size,fieldwork_start,fieldwork_end,method,source,parent\n';
const waves = (rows: string) =>
	validateWaves(
		readTable('data/waves.csv', new TextEncoder().encode(header + rows), schema.waves),
		'data/waves.csv'
	);

describe('validateWaves', () => {
	it('gives typed waves, design effect 1 by default', () => {
		const { records, issues, report } = waves(
			'2017,public,1071,2017-09-13,2017-09-14,CAWI,report,\n2017,public_18_24,,2017,2017,,report,public\n'
		);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{
				year: 2017,
				population: 'public',
				sampleSize: 1071,
				fieldworkStart: '2017-09-13',
				fieldworkEnd: '2017-09-14',
				method: 'CAWI',
				source: 'report',
				edition: null,
				parent: null,
				designEffect: 1,
				statedMargin: null
			},
			expect.objectContaining({ population: 'public_18_24', sampleSize: null, parent: 'public' })
		]);
		expect(report).toEqual({ file: 'data/waves.csv', rows: 2, loaded: 2, rejected: 0 });
	});

	it('rejects a duplicate, fieldwork ending before it starts, and a parent without a wave', () => {
		const { records, issues, report } = waves(
			'2017,public,10,2017,2017,,s,\n2017,public,10,2017,2017,,s,\n2017,late,10,2017-09-10,2017-09-01,,s,\n2017,young,,2017,2017,,s,late\n2017,self,,2017,2017,,s,self\n'
		);
		expect(issues.map(formatIssue)).toEqual([
			'data/waves.csv:3:2: error: duplicate wave 2017 public (first on line 2)',
			'data/waves.csv:4:5: error: fieldwork_end: 2017-09-01 is before fieldwork_start 2017-09-10',
			'data/waves.csv:5:8: error: parent: "late" has no wave in 2017; a subgroup needs its parent population\'s wave',
			'data/waves.csv:6:8: error: parent: "self" has no wave in 2017; a subgroup needs its parent population\'s wave'
		]);
		expect(records.map((wave) => wave.population)).toEqual(['public']);
		expect(report).toMatchObject({ rows: 5, loaded: 1, rejected: 4 });
	});

	it('cuts a 100,000-character population in a message to 60 characters', () => {
		const long = 'p'.repeat(100_000);
		const [issue] = waves(`2017,${long},10,2017,2017,,s,\n2017,${long},10,2017,2017,,s,\n`).issues;
		expect(issue.message).toBe(`duplicate wave 2017 ${'p'.repeat(59)}… (first on line 2)`);
	});
});
