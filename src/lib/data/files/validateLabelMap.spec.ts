import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import type { Answer, Question } from '../types';
import { validateLabelMap } from './validateLabelMap';

const question: Question = {
	id: 'hiring_plans',
	theme: 'hiring',
	kind: 'single',
	labelFr: 'Embauche',
	labelEn: 'Hiring',
	noteFr: null,
	noteEn: null,
	headline: false
};
const answer: Answer = {
	questionId: 'hiring_plans',
	id: 'yes',
	labelFr: 'Oui',
	labelEn: 'Yes',
	order: 1
};
const labelMap = (rows: string) =>
	validateLabelMap(
		readTable(
			'data/label_map.csv',
			new TextEncoder().encode(
				`kind,source_label,question_id,answer_id,population,status\n${rows}`
			),
			schema.labelMap
		),
		'data/label_map.csv',
		[question],
		[answer]
	);

describe('validateLabelMap', () => {
	it('gives the mappings of known questions, answers and populations', () => {
		const result = labelMap(
			'question,Q2. Pensez-vous embaucher ?,hiring_plans,,,confirmed\nanswer,Oui tout à fait,hiring_plans,yes,,proposed\npopulation,18-24 ans,,,public_18_24,confirmed\n'
		);
		expect(result.issues).toEqual([]);
		expect(
			result.records.map((m) => [m.kind, m.questionId, m.answerId, m.population, m.status])
		).toEqual([
			['question', 'hiring_plans', null, null, 'confirmed'],
			['answer', 'hiring_plans', 'yes', null, 'proposed'],
			['population', null, null, 'public_18_24', 'confirmed']
		]);
	});
	it('reports missing ids, unknown answers and a wording mapped twice, at their place', () => {
		const result = labelMap(
			'population,Homme,,,,confirmed\nanswer,Oui,hiring_plans,yess,,confirmed\nquestion,Q1. Embauche ?,hiring_plans,,,confirmed\nquestion,embauche,hiring_plans,,,proposed\n'
		);
		expect(result.issues.map(formatIssue)).toEqual([
			'data/label_map.csv:2:5: error: population: a population mapping needs a value',
			'data/label_map.csv:3:4: error: answer_id: unknown "yess", not in answers.csv for question "hiring_plans" (did you mean "yes"?)',
			'data/label_map.csv:5:2: error: "embauche" is already mapped on line 4'
		]);
	});
});
