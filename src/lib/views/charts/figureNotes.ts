import type { EstimateView } from '../types';

/** A caveat about some figures of a chart, with the figures it concerns. */
export interface FigureNote {
	text: string;
	/** "2017, Grand public, Absence d’idée précise", one per figure that carries the note. */
	figures: string[];
}

/**
 * The notes carried by a chart's figures, each once, in the order the figures come, so that a
 * caveat (a conflicting source, an uncertain population) is printed under the chart and not only
 * in a tooltip.
 *
 * @example
 * figureNotes([estimate2017Public]) // [{ text: 'Population ambiguous: …', figures: ["2017, Grand public, Absence d’idée précise"] }]
 */
export function figureNotes(estimates: readonly EstimateView[]): FigureNote[] {
	const notes = new Map<string, string[]>();
	for (const estimate of estimates) {
		if (!estimate.note) continue;
		const figure = `${estimate.year}, ${estimate.populationLabel}, ${estimate.label}`;
		const list = notes.get(estimate.note);
		if (list) list.push(figure);
		else notes.set(estimate.note, [figure]);
	}
	return [...notes].map(([text, figures]) => ({ text, figures }));
}
