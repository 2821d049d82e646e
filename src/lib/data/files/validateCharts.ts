import { closestMatch } from '../closestMatch';
import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { truncate } from '../truncate';
import type { Answer, ChartKind, ChartSpec, Population, Question, Theme } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { orderRows } from './orderRows';
import { unknownValueMessage } from './unknownValueMessage';

const chartKinds: readonly ChartKind[] = ['trend', 'bars', 'gaps'];

/** What a chart's row is checked against. */
export interface ChartsContext {
	themes: readonly Theme[];
	questions: readonly Question[];
	answers: readonly Answer[];
	populations: readonly Population[];
}

/** Ids separated by spaces; an empty cell is null (all of them). */
const idList = (cell: string | null) =>
	cell === null ? null : cell.split(/\s+/).filter((id) => id !== '');

/**
 * Checks the rows of charts.csv: a unique chart_id of letters, digits and `-`; a known theme,
 * kind, question, answers and populations; one population for `bars`, two top-level ones for
 * `gaps`. The records are in display order.
 *
 * @example
 * validateCharts(readTable('data/charts.csv', bytes, schema.charts), 'data/charts.csv', context).records
 * // [{ id: 'awareness', theme: 'awareness', kind: 'trend', questionId: 'awareness_terms', … }, …]
 */
export function validateCharts(
	table: Table<FileRow<'charts'>>,
	file: string,
	context: ChartsContext
): FileResult<ChartSpec> {
	const check = fileCheck<ChartSpec>(table, file);
	const themeIds = context.themes.map((theme) => theme.id);
	const questionIds = context.questions.map((question) => question.id);
	const populationIds = context.populations.map((population) => population.id);
	const topLevel = context.populations.filter((p) => p.parent === null).map((p) => p.id);
	const firstLine = new Map<string, number>();
	const kept: { record: ChartSpec; order: number | null }[] = [];
	for (const row of table.rows) {
		const v = row.values;
		const fail = (column: string, message: string): false => {
			check.report(row, column, 'error', message);
			return false;
		};
		const answerIds = idList(v.answers);
		const populations = idList(v.populations);
		const known = context.answers.filter((a) => a.questionId === v.question_id).map((a) => a.id);
		const unknownAnswer = answerIds?.find((id) => !known.includes(id));
		const unknownPopulation = populations?.find((id) => !populationIds.includes(id));
		const first = firstLine.get(v.chart_id);
		const valid =
			(/^[A-Za-z0-9-]+$/.test(v.chart_id) ||
				fail(
					'chart_id',
					`chart_id: "${truncate(v.chart_id)}" is not letters, digits and - (it becomes the figure's address)`
				)) &&
			(first === undefined ||
				fail(
					'chart_id',
					`duplicate chart_id "${truncate(v.chart_id)}" (first on line ${first})`
				)) &&
			(themeIds.includes(v.theme) ||
				fail('theme', unknownValueMessage('theme', v.theme, themeIds, 'themes.csv'))) &&
			((chartKinds as readonly string[]).includes(v.kind) || fail('kind', kindMessage(v.kind))) &&
			(questionIds.includes(v.question_id) ||
				fail(
					'question_id',
					unknownValueMessage('question_id', v.question_id, questionIds, 'questions.csv')
				)) &&
			(unknownAnswer === undefined ||
				fail(
					'answers',
					unknownValueMessage(
						'answers',
						unknownAnswer,
						known,
						`answers.csv for question "${truncate(v.question_id)}"`
					)
				)) &&
			(unknownPopulation === undefined ||
				fail(
					'populations',
					unknownValueMessage('populations', unknownPopulation, populationIds, 'populations')
				)) &&
			populationsFit(v.kind as ChartKind, populations, topLevel, (message) =>
				fail('populations', message)
			);
		if (!valid) continue;
		firstLine.set(v.chart_id, row.line);
		kept.push({
			record: {
				id: v.chart_id,
				theme: v.theme,
				kind: v.kind as ChartKind,
				questionId: v.question_id,
				answerIds,
				populations,
				year: v.year,
				titleFr: v.title_fr,
				titleEn: v.title_en,
				noteFr: v.note_fr,
				noteEn: v.note_en
			},
			order: v.order
		});
	}
	for (const { record } of orderRows(kept)) check.keep(record);
	return check.result();
}

function kindMessage(kind: string): string {
	const suggestion = closestMatch(kind, chartKinds);
	return `kind: unknown "${truncate(kind)}", expected trend, bars or gaps${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}

/** Whether a chart's populations suit its kind; reports why not. */
function populationsFit(
	kind: ChartKind,
	populations: string[] | null,
	topLevel: readonly string[],
	fail: (message: string) => false
): boolean {
	if (kind === 'bars' && populations?.length !== 1)
		return fail(
			`populations: a bars chart shows exactly one population, ${populations === null ? 'none is' : `${populations.length} are`} given`
		);
	if (kind !== 'gaps') return true;
	if (populations === null)
		return (
			topLevel.length >= 2 ||
			fail('populations: a gaps chart compares two top-level populations; there are fewer')
		);
	if (populations.length !== 2 || populations[0] === populations[1])
		return fail(
			`populations: a gaps chart compares exactly two populations, ${populations.length} are given`
		);
	const sub = populations.find((id) => !topLevel.includes(id));
	if (sub !== undefined)
		return fail(
			`populations: "${truncate(sub)}" is a subgroup; gaps compare top-level populations, which are independent samples`
		);
	return true;
}
