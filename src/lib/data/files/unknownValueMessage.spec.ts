import { describe, expect, it } from 'vitest';
import { unknownValueMessage } from './unknownValueMessage';

describe('unknownValueMessage', () => {
	it('names the value and suggests the closest known one', () => {
		expect(unknownValueMessage('answer_id', 'dont_knwo', ['yes', 'dont_know'], 'answers.csv')).toBe(
			'answer_id: unknown "dont_knwo", not in answers.csv (did you mean "dont_know"?)'
		);
		expect(unknownValueMessage('answer_id', 'zzz', ['yes', 'no'], 'answers.csv')).toBe(
			'answer_id: unknown "zzz", not in answers.csv'
		);
	});

	it('cuts a 100,000-character value to 60 characters', () => {
		expect(unknownValueMessage('question_id', 'a'.repeat(100_000), ['q'], 'questions.csv')).toBe(
			`question_id: unknown "${'a'.repeat(59)}…", not in questions.csv`
		);
	});
});
