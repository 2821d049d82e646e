import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import type { Answer, Question, Wave } from '../types';
import { validateWaveFile, waveFileContext, waveFileOf } from './validateWaveFile';

const wave: Wave = {
	year: 2017,
	population: 'public',
	sampleSize: 1071,
	fieldworkStart: null,
	fieldworkEnd: null,
	method: null,
	source: 'report',
	edition: null,
	parent: null,
	designEffect: 1,
	statedMargin: null
};
const question = (id: string, kind: Question['kind']): Question => ({
	id,
	theme: 'theme',
	kind,
	labelFr: id,
	labelEn: id,
	noteFr: null,
	noteEn: null,
	headline: false
});
const answer = (questionId: string, id: string, order: number): Answer => ({
	questionId,
	id,
	labelFr: id,
	labelEn: id,
	order
});
const context = waveFileContext(
	[wave],
	[question('hiring_plans', 'single'), question('awareness_terms', 'multi')],
	[
		answer('hiring_plans', 'yes', 1),
		answer('hiring_plans', 'no', 2),
		answer('awareness_terms', 'sse', 1)
	]
);
const path = 'data/2017/public.csv';
const figures = (csv: string, name = '2017/public.csv') =>
	validateWaveFile(
		readTable(path, new TextEncoder().encode(csv), schema.figures),
		path,
		waveFileOf(name)!,
		context
	);

describe('waveFileOf', () => {
	it('reads the year and population from <year>/<population>.csv, and nothing else', () => {
		expect(waveFileOf('2017/public_18_24.csv')).toEqual({ year: 2017, population: 'public_18_24' });
		expect(waveFileOf('notes.csv')).toBeNull();
		expect(waveFileOf('2017/sub/public.csv')).toBeNull();
	});
});

describe('waveFileContext', () => {
	it('indexes answers by question in file order', () => {
		expect(context.answersOf.get('hiring_plans')).toEqual(['yes', 'no']);
		expect(context.waveByKey.get('2017/public')).toBe(wave);
	});
});

describe('validateWaveFile', () => {
	it('gives typed figures located at their line', () => {
		const { records, issues } = figures(
			'question_id,answer_id,pct,derived,delta_pts,delta_vs_year\nawareness_terms,sse,63,oui,+6,2016\n'
		);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{
				year: 2017,
				population: 'public',
				questionId: 'awareness_terms',
				answerId: 'sse',
				pct: 63,
				base: null,
				derived: true,
				approximate: false,
				deltaPts: 6,
				deltaVsYear: 2016,
				labelFr: null,
				labelEn: null,
				note: null,
				source: null,
				break: false,
				breakNoteFr: null,
				breakNoteEn: null,
				location: { file: path, line: 2 }
			}
		]);
	});

	it('reports every problem of a figure at its column', () => {
		const { issues, report } = figures(
			[
				'question_id,answer_id,pct,base,delta_pts,delta_vs_year',
				'hiring_plan,yes,10,,,',
				'hiring_plans,maybe,10,,,',
				'hiring_plans,yes,,,,',
				'hiring_plans,yes,10,,,2016',
				'hiring_plans,yes,10,,+2,',
				'hiring_plans,yes,10,,+2,2017',
				'hiring_plans,yes,10,2000,,',
				'awareness_terms,sse,10,,,',
				'awareness_terms,sse,11,,,'
			].join('\n')
		);
		expect(issues.map(formatIssue)).toEqual([
			`${path}:2:1: error: question_id: unknown "hiring_plan", not in questions.csv (did you mean "hiring_plans"?)`,
			`${path}:3:2: error: answer_id: unknown "maybe", not in answers.csv for question "hiring_plans"`,
			`${path}:4:3: error: pct: a value is required unless delta_pts gives a published change`,
			`${path}:5:6: error: delta_vs_year: 2016 is given without delta_pts`,
			`${path}:6:5: error: delta_pts: 2 is given without delta_vs_year (the year it is measured against)`,
			`${path}:7:6: error: delta_vs_year: 2017 is not before the wave's year 2017`,
			`${path}:8:4: error: base: 2000 is larger than the sample size 1071 of 2017 public in waves.csv`,
			`${path}:10:2: error: duplicate figure for question "awareness_terms", answer "sse" (first on line 9)`
		]);
		expect(report).toEqual({ file: path, rows: 9, loaded: 1, rejected: 8 });
	});

	it('reads a series break and its notes, and reports a bad break at its column', () => {
		const { records, issues, report } = figures(
			[
				'question_id,answer_id,pct,delta_pts,delta_vs_year,break,break_note_fr,break_note_en',
				'awareness_terms,sse,63,,,oui,Libellé changé.,Wording changed.',
				'hiring_plans,yes,60,,,maybe,,',
				'hiring_plans,no,,+2,2016,yes,,',
				'hiring_plans,yes,60,,,,Libellé changé.,',
				'hiring_plans,yes,60,,,no,,Wording changed.',
				'hiring_plans,no,38,+2,2016,x,,'
			].join('\n')
		);
		expect(
			records.map((r) => [r.questionId, r.answerId, r.break, r.breakNoteFr, r.breakNoteEn])
		).toEqual([
			['awareness_terms', 'sse', true, 'Libellé changé.', 'Wording changed.'],
			['hiring_plans', 'no', true, null, null]
		]);
		// The bad flag is reported when the cell is read; the row never reaches the checks here.
		expect(
			readTable(
				path,
				new TextEncoder().encode('question_id,answer_id,pct,break\nhiring_plans,yes,60,maybe\n'),
				schema.figures
			).issues.map(formatIssue)
		).toEqual([`${path}:2:4: error: break: "maybe" is not yes or no`]);
		expect(issues.map(formatIssue)).toEqual([
			`${path}:4:6: error: break: a break needs a level in pct (a change alone cannot start a new part of the series)`,
			`${path}:5:7: error: break_note_fr: given, but break is not yes`,
			`${path}:6:8: error: break_note_en: given, but break is not yes`,
			`${path}:7:6: warning: break: yes, so no change is computed against 2016; delta_pts is kept as published`
		]);
		expect(report).toMatchObject({ rows: 6, loaded: 2, rejected: 4 });
	});

	it('warns at the last figure when a single-choice question does not sum to 100 ± 3', () => {
		const csv = (no: number) =>
			`question_id,answer_id,pct\nhiring_plans,yes,60\nhiring_plans,no,${no}\n`;
		expect(figures(csv(36)).issues.map(formatIssue)).toEqual([
			`${path}:3:3: warning: the answers of single-choice question "hiring_plans" sum to 96 % (expected 100 ± 3)`
		]);
		expect(figures(csv(37)).issues).toEqual([]);
	});

	it('rejects every row of a file whose wave is not in waves.csv', () => {
		const { records, issues, report } = figures(
			'question_id,answer_id,pct\nhiring_plans,yes,60\n',
			'2019/public.csv'
		);
		expect(records).toEqual([]);
		expect(issues.map(formatIssue)).toEqual([
			`${path}:1:1: error: no row in waves.csv for year 2019, population "public": none of the 1 data rows can be loaded`
		]);
		expect(report).toMatchObject({ rows: 1, loaded: 0, rejected: 1 });
	});

	it('cuts 100,000-character ids in messages to 60 characters', () => {
		const long = 'q'.repeat(100_000);
		const [issue] = figures(`question_id,answer_id,pct\n${long},yes,60\n`).issues;
		expect(issue.message).toBe(`question_id: unknown "${'q'.repeat(59)}…", not in questions.csv`);
	});
});
