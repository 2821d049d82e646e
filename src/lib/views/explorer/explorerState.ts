/** What the explorer shows; every field is in the URL so that a link reproduces the view. */
export interface ExplorerState {
	/** Question id (`q`). */
	question: string;
	/** Populations drawn (`pop`, comma-separated). */
	populations: string[];
	/** The two waves compared (`from`, `to`); also the wave of the answer bars (`to`). */
	from: number;
	to: number;
}

/** What the data offers, to check a URL against. */
export interface ExplorerOptions {
	/**
	 * Question ids in display order, each with the populations and years that have figures, and
	 * the populations among them that are subgroups (offered, not drawn by default; none if omitted).
	 */
	questions: { id: string; populations: string[]; subgroups?: string[]; years: number[] }[];
}

/**
 * Reads the state from a URL's query, falling back field by field on what the data has: an
 * unknown question gives the first one, unknown populations are dropped (none left: every
 * population but the subgroups), years outside the question's waves give its first and last.
 *
 * @example
 * readExplorerState(new URLSearchParams('q=awareness_terms&pop=public&from=2013&to=2020'), options)
 * // { question: 'awareness_terms', populations: ['public'], from: 2013, to: 2020 }
 */
export function readExplorerState(
	query: URLSearchParams,
	options: ExplorerOptions
): ExplorerState | null {
	const question = options.questions.find((q) => q.id === query.get('q')) ?? options.questions[0];
	if (!question) return null;
	const asked = (query.get('pop') ?? '').split(',').filter((p) => question.populations.includes(p));
	const topLevel = question.populations.filter((p) => !question.subgroups?.includes(p));
	const fallback = topLevel.length > 0 ? topLevel : question.populations;
	const populations = asked.length > 0 ? [...new Set(asked)] : fallback;
	const years = question.years;
	const year = (name: string, fallback: number) => {
		const value = Number(query.get(name));
		return years.includes(value) ? value : fallback;
	};
	let from = year('from', years[0]);
	let to = year('to', years[years.length - 1]);
	if (from > to) [from, to] = [to, from];
	return { question: question.id, populations, from, to };
}

/**
 * Writes the state as a query string, in a fixed order.
 *
 * @example
 * writeExplorerState({ question: 'awareness_terms', populations: ['public'], from: 2013, to: 2020 })
 * // 'q=awareness_terms&pop=public&from=2013&to=2020'
 */
export function writeExplorerState(state: ExplorerState): string {
	return new URLSearchParams({
		q: state.question,
		pop: state.populations.join(','),
		from: String(state.from),
		to: String(state.to)
	}).toString();
}
