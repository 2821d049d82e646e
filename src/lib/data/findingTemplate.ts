/**
 * The optional `finding_fr` / `finding_en` templates of questions.csv: a key finding in the house
 * style, e.g. "En {year}, {pct} {population} a déjà entendu parler du terme « {answer} »{change}.".
 * Only `{change}` words a move: it is written from the verdict, so a template cannot call a
 * change a rise.
 */

/** The placeholders a finding template may use. */
export const FINDING_PLACEHOLDERS = ['pct', 'answer', 'population', 'change', 'year'] as const;

export type FindingPlaceholder = (typeof FINDING_PLACEHOLDERS)[number];

/** Placeholders every template needs: the figure, and what the test says of its change. */
const REQUIRED: readonly FindingPlaceholder[] = ['pct', 'change'];

/**
 * What is wrong with a template, in words, or null when it can be filled.
 *
 * @example findingTemplateProblem('{pct} {population}{change}.') // null
 * @example findingTemplateProblem('{pcts}{change}') // 'unknown placeholder {pcts} (known: {pct}, {answer}, {population}, {change}, {year})'
 * @example findingTemplateProblem('{pct} ont répondu') // 'needs {change}: only it says whether the figure moved'
 */
export function findingTemplateProblem(template: string): string | null {
	const names = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
	const unknown = names.find((name) => !(FINDING_PLACEHOLDERS as readonly string[]).includes(name));
	if (unknown !== undefined)
		return `unknown placeholder {${unknown}} (known: ${FINDING_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')})`;
	if (/[{}]/.test(template.replace(/\{[^{}]*\}/g, ''))) return 'unbalanced { or }';
	const missing = REQUIRED.find((name) => !names.includes(name));
	if (missing === 'change') return 'needs {change}: only it says whether the figure moved';
	if (missing !== undefined) return `needs {${missing}}`;
	return null;
}

/**
 * Fills a template that passed findingTemplateProblem with values already written.
 *
 * @example fillFindingTemplate('{pct}{change}.', { pct: '47 %', change: ', stable', answer: '', population: '', year: '2020' }) // '47 %, stable.'
 */
export function fillFindingTemplate(
	template: string,
	values: Readonly<Record<FindingPlaceholder, string>>
): string {
	return template.replace(/\{(\w+)\}/g, (_, name: FindingPlaceholder) => values[name]);
}
