import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Question } from '../types';
import { fileCheck, type FileResult } from './fileCheck';

/**
 * Checks the rows of questions.csv: each question_id once.
 *
 * @example
 * validateQuestions(readTable('data/questions.csv', bytes, schema.questions), 'data/questions.csv').records
 * // [{ id: 'hiring_plans', kind: 'single', headline: false, … }, …]
 */
export function validateQuestions(
	table: Table<FileRow<'questions'>>,
	file: string
): FileResult<Question> {
	const check = fileCheck<Question>(table, file);
	const firstLine = new Map<string, number>();
	for (const row of table.rows) {
		const v = row.values;
		const question: Question = {
			id: v.question_id,
			theme: v.theme,
			kind: v.kind,
			labelFr: v.label_fr,
			labelEn: v.label_en,
			noteFr: v.note_fr,
			noteEn: v.note_en,
			headline: v.headline ?? false
		};
		const first = firstLine.get(question.id);
		if (first !== undefined) {
			check.report(
				row,
				'question_id',
				'error',
				`duplicate question_id "${truncate(question.id)}" (first on line ${first})`
			);
			continue;
		}
		firstLine.set(question.id, row.line);
		check.keep(question);
	}
	return check.result();
}
