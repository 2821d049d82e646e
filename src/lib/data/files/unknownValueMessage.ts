import { closestMatch } from '../closestMatch';
import { truncate } from '../truncate';

/**
 * The message for an id that is not among the known ones, with the closest known id as a hint.
 *
 * @example
 * unknownValueMessage('question_id', 'awarness_terms', ['awareness_terms'], 'questions.csv')
 * // 'question_id: unknown "awarness_terms", not in questions.csv (did you mean "awareness_terms"?)'
 */
export function unknownValueMessage(
	column: string,
	value: string,
	known: Iterable<string>,
	where: string
): string {
	const suggestion = closestMatch(value, known);
	return `${column}: unknown "${truncate(value)}", not in ${where}${suggestion ? ` (did you mean "${truncate(suggestion)}"?)` : ''}`;
}
