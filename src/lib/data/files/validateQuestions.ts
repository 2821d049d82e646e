import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import { moveWord } from '../../i18n/moveWords';
import { findingTemplateProblem } from '../findingTemplate';
import type { Question } from '../types';
import { fileCheck, type FileResult } from './fileCheck';

const templateColumns = [
	['finding_fr', 'fr'],
	['finding_en', 'en']
] as const;

/**
 * Checks the rows of questions.csv: each question_id once; a finding template with known
 * placeholders, `{pct}` and `{change}` (an error drops the template), and no move word of its own
 * (a warning: only `{change}` may say that a figure rose or fell).
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
			headline: v.headline ?? false,
			findingFr: v.finding_fr,
			findingEn: v.finding_en
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
		for (const [name, lang] of templateColumns) {
			const template = v[name];
			if (template === null) continue;
			const problem = findingTemplateProblem(template);
			const move = moveWord(lang, template.replace(/\{\w+\}/g, ''));
			if (problem !== null) {
				check.report(row, name, 'error', `${name}: ${problem}`);
				if (lang === 'fr') question.findingFr = null;
				else question.findingEn = null;
			} else if (move !== null)
				check.report(
					row,
					name,
					'warning',
					`${name}: "${truncate(move.word)}" words a move: only {change} may say whether the figure moved`
				);
		}
		check.keep(question);
	}
	return check.result();
}
