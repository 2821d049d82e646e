import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import { validatePopulations } from './validatePopulations';

const read = (text: string) =>
	validatePopulations(
		readTable('populations.csv', new TextEncoder().encode(text), schema.populations),
		'populations.csv'
	);

describe('validatePopulations', () => {
	it('keeps each population once, in order, with its parent', () => {
		const result = read(
			'population,label_fr,label_en,order,parent\nb,B,B,2,\na,A,A,1,\nb_young,Jeunes,Young,,b\n'
		);
		expect(result.records).toEqual([
			{ id: 'a', labelFr: 'A', labelEn: 'A', parent: null },
			{ id: 'b', labelFr: 'B', labelEn: 'B', parent: null },
			{ id: 'b_young', labelFr: 'Jeunes', labelEn: 'Young', parent: 'b' }
		]);
	});

	it('refuses a duplicate, an unknown parent and a parent that is a subgroup', () => {
		const result = read(
			'population,label_fr,label_en,parent\na,A,A,\na,A,A,\nsub,S,S,aa\nsubsub,S,S,sub\n'
		);
		expect(result.issues.map(formatIssue)).toEqual([
			'populations.csv:3:1: error: duplicate population "a" (first on line 2)',
			'populations.csv:4:4: error: parent: unknown "aa", not in the top-level populations of populations.csv (did you mean "a"?)',
			'populations.csv:5:4: error: parent: "sub" is itself a subgroup; a subgroup\'s parent is a top-level population'
		]);
	});
});
