import type { Table } from '../readTable';
import type { FileRow } from '../schema';
import { singleChoiceSumProblem } from '../singleChoiceSum';
import { truncate } from '../truncate';
import type { Answer, Figure, Question, Wave } from '../types';
import { fileCheck, type FileResult } from './fileCheck';
import { unknownValueMessage } from './unknownValueMessage';

const waveFileName = /^(\d{4})\/([A-Za-z0-9][A-Za-z0-9_-]*)\.csv$/;

/**
 * The wave a file of the folder holds the figures of, from its name `<year>/<population>.csv`;
 * null for any other name.
 *
 * @example
 * waveFileOf('2017/public_18_24.csv') // { year: 2017, population: 'public_18_24' }
 * waveFileOf('notes.csv')             // null
 */
export function waveFileOf(name: string): { year: number; population: string } | null {
	const match = waveFileName.exec(name);
	return match ? { year: Number(match[1]), population: match[2] } : null;
}

/** The validated records the figures of wave files refer to, indexed. */
export interface WaveFileContext {
	waveByKey: Map<string, Wave>;
	questionById: Map<string, Question>;
	/** The answer ids of each question, in file order. */
	answersOf: Map<string, string[]>;
}

/**
 * Indexes the waves, questions and answers once for every wave file of the folder.
 *
 * @example
 * const context = waveFileContext(waves, questions, answers);
 * context.answersOf.get('impact_measurement_started') // ['yes', 'no', 'dont_know']
 */
export function waveFileContext(
	waves: readonly Wave[],
	questions: readonly Question[],
	answers: readonly Answer[]
): WaveFileContext {
	const answersOf = new Map<string, string[]>();
	for (const answer of answers) {
		const ids = answersOf.get(answer.questionId);
		if (ids) ids.push(answer.id);
		else answersOf.set(answer.questionId, [answer.id]);
	}
	return {
		waveByKey: new Map(waves.map((wave) => [`${wave.year}/${wave.population}`, wave])),
		questionById: new Map(questions.map((question) => [question.id, question])),
		answersOf
	};
}

/**
 * Checks the figures of one wave file against waves.csv, questions.csv and answers.csv: a known
 * question and answer, a level or a published change (with its year, before the wave's), a base
 * within the sample, each question × answer once, a break with a level and break notes only on a
 * break; warns when a single-choice question does not sum to 100 and when a break carries a
 * published change (which then crosses it).
 *
 * @example
 * validateWaveFile(readTable(path, bytes, schema.figures), path, waveFileOf('2017/public.csv')!, context).records
 * // [{ year: 2017, population: 'public', questionId: 'awareness_terms', answerId: 'sse', pct: 63, … }, …]
 */
export function validateWaveFile(
	table: Table<FileRow<'figures'>>,
	file: string,
	{ year, population }: { year: number; population: string },
	{ waveByKey, questionById, answersOf }: WaveFileContext
): FileResult<Figure> {
	const check = fileCheck<Figure>(table, file);
	const wave = waveByKey.get(`${year}/${population}`);
	if (!wave) {
		check.add({
			file,
			line: 1,
			column: 1,
			severity: 'error',
			message: `no row in waves.csv for year ${year}, population "${population}": none of the ${table.rowCount} data rows can be loaded`
		});
		return check.result();
	}

	function problem(figure: Figure, wave: Wave): { column: string; message: string } | null {
		if (!questionById.has(figure.questionId))
			return {
				column: 'question_id',
				message: unknownValueMessage(
					'question_id',
					figure.questionId,
					questionById.keys(),
					'questions.csv'
				)
			};
		const answers = answersOf.get(figure.questionId) ?? [];
		if (!answers.includes(figure.answerId))
			return {
				column: 'answer_id',
				message: unknownValueMessage(
					'answer_id',
					figure.answerId,
					answers,
					`answers.csv for question "${truncate(figure.questionId)}"`
				)
			};
		if (figure.pct === null && figure.deltaPts === null)
			return {
				column: 'pct',
				message: 'pct: a value is required unless delta_pts gives a published change'
			};
		if (figure.deltaPts === null && figure.deltaVsYear !== null)
			return {
				column: 'delta_vs_year',
				message: `delta_vs_year: ${figure.deltaVsYear} is given without delta_pts`
			};
		if (figure.deltaPts !== null && figure.deltaVsYear === null)
			return {
				column: 'delta_pts',
				message: `delta_pts: ${figure.deltaPts} is given without delta_vs_year (the year it is measured against)`
			};
		if (figure.deltaVsYear !== null && figure.deltaVsYear >= figure.year)
			return {
				column: 'delta_vs_year',
				message: `delta_vs_year: ${figure.deltaVsYear} is not before the wave's year ${figure.year}`
			};
		if (figure.break && figure.pct === null)
			return {
				column: 'break',
				message:
					'break: a break needs a level in pct (a change alone cannot start a new part of the series)'
			};
		for (const [name, note] of [
			['break_note_fr', figure.breakNoteFr],
			['break_note_en', figure.breakNoteEn]
		] as const) {
			if (note !== null && !figure.break)
				return { column: name, message: `${name}: given, but break is not yes` };
		}
		if (figure.base !== null && wave.sampleSize !== null && figure.base > wave.sampleSize)
			return {
				column: 'base',
				message: `base: ${figure.base} is larger than the sample size ${wave.sampleSize} of ${wave.year} ${truncate(wave.population)} in waves.csv`
			};
		return null;
	}

	const firstLine = new Map<string, number>();
	const byQuestion = new Map<string, Figure[]>();
	for (const row of table.rows) {
		const v = row.values;
		const figure: Figure = {
			year,
			population,
			questionId: v.question_id,
			answerId: v.answer_id,
			pct: v.pct,
			base: v.base,
			derived: v.derived ?? false,
			approximate: v.approximate ?? false,
			deltaPts: v.delta_pts,
			deltaVsYear: v.delta_vs_year,
			labelFr: v.label_fr,
			labelEn: v.label_en,
			note: v.note,
			source: v.source,
			break: v.break ?? false,
			breakNoteFr: v.break_note_fr,
			breakNoteEn: v.break_note_en,
			location: { file, line: row.line }
		};
		const found = problem(figure, wave);
		if (found) {
			check.report(row, found.column, 'error', found.message);
			continue;
		}
		const key = `${figure.questionId}/${figure.answerId}`;
		const first = firstLine.get(key);
		if (first !== undefined) {
			check.report(
				row,
				'answer_id',
				'error',
				`duplicate figure for question "${truncate(figure.questionId)}", answer "${truncate(figure.answerId)}" (first on line ${first})`
			);
			continue;
		}
		firstLine.set(key, row.line);
		check.keep(figure);
		if (figure.break && figure.deltaPts !== null)
			check.report(
				row,
				'break',
				'warning',
				`break: yes, so no change is computed against ${figure.deltaVsYear}; delta_pts is kept as published`
			);
		const sameQuestion = byQuestion.get(figure.questionId);
		if (sameQuestion) sameQuestion.push(figure);
		else byQuestion.set(figure.questionId, [figure]);
	}
	for (const [questionId, figures] of byQuestion) {
		const message = singleChoiceSumProblem(
			questionById.get(questionId)!,
			answersOf.get(questionId)!.length,
			figures
		);
		if (message) check.report(figures[figures.length - 1].location, 'pct', 'warning', message);
	}
	return check.result();
}
