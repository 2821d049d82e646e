import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Answer, Question } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Checks the rows of answers.csv: a question of questions.csv, each answer_id once per question.
 *
 * @example
 * validateAnswers(readTable('data/answers.csv', bytes, schema.answers), 'data/answers.csv', questions).records
 * // [{ questionId: 'hiring_plans', id: 'yes', order: 1, … }, …]
 */
export function validateAnswers(
	table: Table<FileRow<'answers'>>,
	file: string,
	questions: readonly Question[]
): FileResult<Answer> {
	const check = fileCheck<Answer>(table, file);
	const questionIds = new Set(questions.map((question) => question.id));
	const firstLine = new Map<string, Map<string, number>>();
	for (const row of table.rows) {
		const v = row.values;
		const answer: Answer = {
			questionId: v.question_id,
			id: v.answer_id,
			labelFr: v.label_fr,
			labelEn: v.label_en,
			order: v.order
		};
		if (!questionIds.has(answer.questionId)) {
			check.report(
				row,
				'question_id',
				'error',
				unknownValueMessage('question_id', answer.questionId, questionIds, 'questions.csv')
			);
			continue;
		}
		const known = firstLine.get(answer.questionId) ?? new Map<string, number>();
		const first = known.get(answer.id);
		if (first !== undefined) {
			check.report(
				row,
				'answer_id',
				'error',
				`duplicate answer "${truncate(answer.id)}" of question "${truncate(answer.questionId)}" (first on line ${first})`
			);
			continue;
		}
		known.set(answer.id, row.line);
		firstLine.set(answer.questionId, known);
		check.keep(answer);
	}
	return check.result();
}
