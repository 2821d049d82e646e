import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import type { Question } from '../types';
import { validateAnswers } from './validateAnswers';

const question: Question = {
	id: 'hiring_plans',
	theme: 'hiring',
	kind: 'single',
	labelFr: 'Embauche',
	labelEn: 'Hiring',
	noteFr: null,
	noteEn: null,
	findingFr: null,
	findingEn: null,
	headline: false
};
const answers = (rows: string) =>
	validateAnswers(
		readTable(
			'data/answers.csv',
			new TextEncoder().encode(`question_id,answer_id,label_fr,label_en,order\n${rows}`),
			schema.answers
		),
		'data/answers.csv',
		[question]
	);

describe('validateAnswers', () => {
	it('gives typed answers of known questions', () => {
		const { records, issues } = answers('hiring_plans,yes,Oui,Yes,1\nhiring_plans,no,Non,No,2\n');
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{ questionId: 'hiring_plans', id: 'yes', labelFr: 'Oui', labelEn: 'Yes', order: 1 },
			{ questionId: 'hiring_plans', id: 'no', labelFr: 'Non', labelEn: 'No', order: 2 }
		]);
	});

	it('rejects an unknown question (with a suggestion) and a duplicate answer', () => {
		const { records, issues, report } = answers(
			'hiring_plan,yes,Oui,Yes,1\nhiring_plans,yes,Oui,Yes,1\nhiring_plans,yes,Oui !,Yes!,2\n'
		);
		expect(issues.map(formatIssue)).toEqual([
			'data/answers.csv:2:1: error: question_id: unknown "hiring_plan", not in questions.csv (did you mean "hiring_plans"?)',
			'data/answers.csv:4:2: error: duplicate answer "yes" of question "hiring_plans" (first on line 3)'
		]);
		expect(records).toHaveLength(1);
		expect(report).toMatchObject({ rows: 3, loaded: 1, rejected: 2 });
	});
});
