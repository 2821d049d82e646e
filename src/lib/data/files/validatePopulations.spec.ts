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
			{ id: 'a', labelFr: 'A', labelEn: 'A', parent: null, phraseFr: null, phraseEn: null },
			{ id: 'b', labelFr: 'B', labelEn: 'B', parent: null, phraseFr: null, phraseEn: null },
			{
				id: 'b_young',
				labelFr: 'Jeunes',
				labelEn: 'Young',
				parent: 'b',
				phraseFr: null,
				phraseEn: null
			}
		]);
	});

	it('keeps the phrases as written, markup included, and warns about one given in one language only', () => {
		const result = read(
			'population,label_fr,label_en,parent,phrase_fr,phrase_en\n' +
				'public,Grand public,General public,,du grand public,of the general public\n' +
				'pros,Pros,Pros,,<b>des pros</b>,\n' +
				'young,Jeunes,Young people,public,,of young people\n'
		);
		expect(result.records.map((p) => [p.phraseFr, p.phraseEn])).toEqual([
			['du grand public', 'of the general public'],
			['<b>des pros</b>', null],
			[null, 'of young people']
		]);
		expect(result.issues.map(formatIssue)).toEqual([
			'populations.csv:3:6: warning: phrase_en is empty while the other language has a phrase; that language\'s sentences use the label "Pros"',
			'populations.csv:4:5: warning: phrase_fr is empty while the other language has a phrase; that language\'s sentences use the label "Jeunes"'
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
