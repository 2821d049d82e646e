import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import { themesOfQuestions, unknownThemeIssues, validateThemes } from './validateThemes';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) =>
	validateThemes(readTable('themes.csv', bytes(text), schema.themes), 'themes.csv');

describe('validateThemes', () => {
	it('keeps each theme in order with its lead', () => {
		expect(
			read('theme,label_fr,label_en,order,lead_fr\nb,Bé,B,2,\na,A,A,1,Intro\n').records
		).toEqual([
			{ id: 'a', labelFr: 'A', labelEn: 'A', leadFr: 'Intro', leadEn: null },
			{ id: 'b', labelFr: 'Bé', labelEn: 'B', leadFr: null, leadEn: null }
		]);
	});

	it('refuses a page address taken by a fixed page or by another theme', () => {
		const result = read('theme,label_fr,label_en\nMethodology,M,M\nmy_theme,A,A\nmy-theme,B,B\n');
		expect(result.issues.map((issue) => [issue.line, issue.column])).toEqual([
			[2, 1],
			[4, 1]
		]);
		expect(result.issues[1].message).toContain('/my-theme/, as theme "my_theme" (line 3)');
	});

	it('locates a question whose theme is not in themes.csv', () => {
		const questions = readTable(
			'questions.csv',
			bytes('question_id,theme,kind,label_fr,label_en\nq,awarenes,single,Q,Q\n'),
			schema.questions
		);
		const themes = read('theme,label_fr,label_en\nawareness,N,A\n').records;
		expect(unknownThemeIssues(questions, 'questions.csv', themes).map(formatIssue)).toEqual([
			'questions.csv:2:2: error: theme: unknown "awarenes", not in themes.csv (did you mean "awareness"?)'
		]);
	});

	it('without themes.csv, takes the themes of questions.csv and refuses a taken page address', () => {
		const questions = readTable(
			'questions.csv',
			bytes(
				'question_id,theme,kind,label_fr,label_en\na,my_theme,single,A,A\nb,Data,single,B,B\nc,my-theme,single,C,C\nd,my_theme,single,D,D\ne,data,single,E,E\n'
			),
			schema.questions
		);
		const result = themesOfQuestions(questions, 'questions.csv');
		expect(result.themes).toEqual([
			{ id: 'my_theme', labelFr: 'my_theme', labelEn: 'my_theme', leadFr: null, leadEn: null }
		]);
		expect(result.issues.map(formatIssue)).toEqual([
			'questions.csv:3:2: error: theme: "Data" would have its page at /Data/, which is a fixed page of the site (404, data, embed, en, explorer, methodology, og, questions): choose another id',
			'questions.csv:4:2: error: theme: "my-theme" would have its page at /my-theme/, as theme "my_theme" (line 2) has: choose another id',
			'questions.csv:6:2: error: theme: "data" would have its page at /data/, which is a fixed page of the site (404, data, embed, en, explorer, methodology, og, questions): choose another id'
		]);
	});
});
