import { describe, expect, it } from 'vitest';
import { SINGLE_CHOICE_SUM_TOLERANCE, singleChoiceSumProblem } from './singleChoiceSum';
import type { Figure, Question } from './types';

const question = (kind: Question['kind']): Question => ({
	id: 'hiring_plans',
	theme: 'hiring',
	kind,
	labelFr: 'Embauche',
	labelEn: 'Hiring',
	noteFr: null,
	noteEn: null,
	headline: false
});
const figure = (pct: number | null): Figure => ({
	year: 2017,
	population: 'public',
	questionId: 'hiring_plans',
	answerId: 'yes',
	pct,
	base: null,
	derived: false,
	approximate: false,
	deltaPts: null,
	deltaVsYear: null,
	labelFr: null,
	labelEn: null,
	note: null,
	source: null,
	break: false,
	breakNoteFr: null,
	breakNoteEn: null,
	location: { file: 'data/2017/public.csv', line: 2 }
});

describe('singleChoiceSumProblem', () => {
	it('accepts a sum within 100 ± 3 and reports one outside it', () => {
		expect(SINGLE_CHOICE_SUM_TOLERANCE).toBe(3);
		expect(singleChoiceSumProblem(question('single'), 2, [figure(60), figure(43)])).toBeNull();
		expect(singleChoiceSumProblem(question('single'), 2, [figure(60.5), figure(43)])).toBe(
			'the answers of single-choice question "hiring_plans" sum to 103.5 % (expected 100 ± 3)'
		);
	});

	it('does not judge a multi-choice question, a lone answer, or answers missing a percentage', () => {
		expect(singleChoiceSumProblem(question('multi'), 2, [figure(90), figure(90)])).toBeNull();
		expect(singleChoiceSumProblem(question('single'), 1, [figure(40)])).toBeNull();
		expect(singleChoiceSumProblem(question('single'), 2, [figure(40), figure(null)])).toBeNull();
	});
});
