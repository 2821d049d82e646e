import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import { validateQuestions } from './validateQuestions';

const questions = (csv: string) =>
	validateQuestions(
		readTable('data/questions.csv', new TextEncoder().encode(csv), schema.questions),
		'data/questions.csv'
	);

describe('validateQuestions', () => {
	it('gives typed questions, headline false by default', () => {
		const { records, issues } = questions(
			'question_id,theme,kind,label_fr,label_en,headline\nhiring_plans,hiring,single,Embauche,Hiring,\nawareness,awareness,multi,Notoriété,Awareness,oui\n'
		);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{
				id: 'hiring_plans',
				theme: 'hiring',
				kind: 'single',
				labelFr: 'Embauche',
				labelEn: 'Hiring',
				noteFr: null,
				noteEn: null,
				headline: false
			},
			expect.objectContaining({ id: 'awareness', kind: 'multi', headline: true })
		]);
	});

	it('rejects a second row with the same question_id', () => {
		const { records, issues, report } = questions(
			'question_id,theme,kind,label_fr,label_en\nq,t,single,a,b\nq,t,multi,c,d\n'
		);
		expect(issues.map(formatIssue)).toEqual([
			'data/questions.csv:3:1: error: duplicate question_id "q" (first on line 2)'
		]);
		expect(records.map((question) => question.kind)).toEqual(['single']);
		expect(report).toMatchObject({ rows: 2, loaded: 1, rejected: 1 });
	});
});
