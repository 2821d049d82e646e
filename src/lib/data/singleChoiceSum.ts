import { truncate } from './truncate';
import type { Figure, Question } from './types';

/** Tolerance, in points, on the sum of a single-choice question's answers: published percentages are rounded. */
export const SINGLE_CHOICE_SUM_TOLERANCE = 3;

/**
 * What is wrong with the sum of a single-choice question's figures in one wave, or null. Only
 * judged when every answer of the question is there with a percentage, and there are at least
 * two: a lone published "yes" says nothing about the others.
 *
 * @example
 * singleChoiceSumProblem(question, 3, [yes63, no40, dontKnow1])
 * // 'the answers of single-choice question "impact_measurement_started" sum to 104 % (expected 100 ± 3)'
 */
export function singleChoiceSumProblem(
	question: Question,
	answerCount: number,
	figures: readonly Figure[]
): string | null {
	if (question.kind !== 'single' || answerCount < 2) return null;
	let sum = 0;
	let withPct = 0;
	for (const figure of figures) {
		if (figure.pct === null) continue;
		sum += figure.pct;
		withPct++;
	}
	if (withPct !== answerCount) return null;
	if (Math.abs(sum - 100) <= SINGLE_CHOICE_SUM_TOLERANCE) return null;
	return `the answers of single-choice question "${truncate(question.id)}" sum to ${Number(sum.toFixed(2))} % (expected 100 ± ${SINGLE_CHOICE_SUM_TOLERANCE})`;
}
