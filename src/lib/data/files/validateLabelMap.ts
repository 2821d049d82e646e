import { normaliseLabel } from '../normaliseLabel';
import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Answer, LabelMapping, Question } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { unknownValueMessage } from './unknownValueMessage';

/**
 * Checks the rows of label_map.csv (written by `barometer import`): the ids each kind needs, a
 * known question and answer, each wording mapped once per kind (and per question for answers).
 *
 * @example
 * validateLabelMap(readTable('data/label_map.csv', bytes, schema.labelMap), 'data/label_map.csv', questions, answers).records
 * // [{ kind: 'population', sourceLabel: '18-24 ans', population: 'public_18_24', status: 'confirmed', … }]
 */
export function validateLabelMap(
	table: Table<FileRow<'labelMap'>>,
	file: string,
	questions: readonly Question[],
	answers: readonly Answer[]
): FileResult<LabelMapping> {
	const check = fileCheck<LabelMapping>(table, file);
	const questionIds = new Set(questions.map((question) => question.id));
	const answerIds = new Map<string, string[]>();
	for (const answer of answers)
		answerIds.set(answer.questionId, [...(answerIds.get(answer.questionId) ?? []), answer.id]);
	const firstLine = new Map<string, number>();
	for (const row of table.rows) {
		const v = row.values;
		const mapping: LabelMapping = {
			kind: v.kind,
			sourceLabel: v.source_label,
			questionId: v.question_id,
			answerId: v.answer_id,
			population: v.population,
			status: v.status,
			location: { file, line: row.line }
		};
		const needed =
			mapping.kind === 'population'
				? (['population'] as const)
				: mapping.kind === 'question'
					? (['question_id'] as const)
					: (['question_id', 'answer_id'] as const);
		const missing = needed.find((name) => v[name] === null);
		if (missing) {
			check.report(row, missing, 'error', `${missing}: a ${mapping.kind} mapping needs a value`);
			continue;
		}
		if (mapping.kind !== 'population' && !questionIds.has(mapping.questionId!)) {
			check.report(
				row,
				'question_id',
				'error',
				unknownValueMessage('question_id', mapping.questionId!, questionIds, 'questions.csv')
			);
			continue;
		}
		const known = answerIds.get(mapping.questionId!) ?? [];
		if (mapping.kind === 'answer' && !known.includes(mapping.answerId!)) {
			check.report(
				row,
				'answer_id',
				'error',
				unknownValueMessage(
					'answer_id',
					mapping.answerId!,
					known,
					`answers.csv for question "${truncate(mapping.questionId!)}"`
				)
			);
			continue;
		}
		const scope = mapping.kind === 'answer' ? mapping.questionId : '';
		const key = `${mapping.kind}/${scope}/${normaliseLabel(mapping.sourceLabel)}`;
		const first = firstLine.get(key);
		if (first !== undefined) {
			check.report(
				row,
				'source_label',
				'error',
				`"${truncate(mapping.sourceLabel)}" is already mapped on line ${first}`
			);
			continue;
		}
		firstLine.set(key, row.line);
		check.keep(mapping);
	}
	return check.result();
}
