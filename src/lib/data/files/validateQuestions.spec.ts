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
				headline: false,
				findingFr: null,
				findingEn: null
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

	it('keeps a finding template with known placeholders, {pct} and {change}', () => {
		const { records, issues } = questions(
			'question_id,theme,kind,label_fr,label_en,finding_fr,finding_en\nq,t,single,a,b,"En {year}, {pct} {population} : « {answer} »{change}.",{pct} {population}{change}.\n'
		);
		expect(issues).toEqual([]);
		expect(records[0]).toMatchObject({
			findingFr: 'En {year}, {pct} {population} : « {answer} »{change}.',
			findingEn: '{pct} {population}{change}.'
		});
	});

	it('rejects a template with an unknown placeholder or without {change}, at its column', () => {
		const { records, issues, report } = questions(
			'question_id,theme,kind,label_fr,label_en,finding_fr,finding_en\nq,t,single,a,b,{pcts}{change},{pct} said yes.\n'
		);
		expect(issues.map(formatIssue)).toEqual([
			'data/questions.csv:2:6: error: finding_fr: unknown placeholder {pcts} (known: {pct}, {answer}, {population}, {change}, {year})',
			'data/questions.csv:2:7: error: finding_en: needs {change}: only it says whether the figure moved'
		]);
		expect(records[0]).toMatchObject({ findingFr: null, findingEn: null });
		expect(report).toMatchObject({ rows: 1, loaded: 1, rejected: 0 });
	});

	it('warns when a template words a move itself', () => {
		const { issues } = questions(
			'question_id,theme,kind,label_fr,label_en,finding_fr,finding_en\nq,t,single,a,b,{pct} en hausse{change},{pct} rose{change}\n'
		);
		expect(issues.map(formatIssue)).toEqual([
			'data/questions.csv:2:6: warning: finding_fr: "hausse" words a move: only {change} may say whether the figure moved',
			'data/questions.csv:2:7: warning: finding_en: "rose" words a move: only {change} may say whether the figure moved'
		]);
	});
});
