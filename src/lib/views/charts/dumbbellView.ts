import type { Catalog } from '../catalog';
import { differenceView, estimateView } from '../estimateView';
import type { DumbbellView, GapRowView } from '../types';

export interface DumbbellRequest {
	id: string;
	title: string;
	/** The rows: an answer of a question in a year, asked of both independent samples. */
	rows: { questionId: string; answerId: string; year: number; label?: string }[];
	/** The two samples, a then b; the first two top-level populations when omitted. */
	populations?: readonly [string, string];
}

/**
 * The gap between two independent samples (a − b) for each requested answer, with both
 * estimates. Rows without figures for both samples are left out.
 *
 * @example
 * dumbbellView(catalog, { id: 'digital', title: '…', rows: [{ questionId: 'digital_social_link', answerId: 'yes', year: 2017 }] }).rows[0].gap
 * // { fromYear: null, delta: 25, ciLow: 14.4…, ciHigh: 34.2…, verdict: 'significant', … }
 */
export function dumbbellView(catalog: Catalog, request: DumbbellRequest): DumbbellView {
	const rows: GapRowView[] = [];
	for (const row of request.rows) {
		const gap = catalog.gap(row.year, row.questionId, row.answerId, request.populations);
		if (!gap) continue;
		const a = catalog.estimate(gap.populationA, row.questionId, row.answerId, row.year)!;
		const b = catalog.estimate(gap.populationB, row.questionId, row.answerId, row.year)!;
		rows.push({
			key: `${row.year}/${row.questionId}/${row.answerId}`,
			label: row.label ?? catalog.answerLabel(row.questionId, row.answerId),
			year: row.year,
			a: estimateView(catalog, a),
			b: estimateView(catalog, b),
			gap: differenceView(gap, null)
		});
	}
	return { id: request.id, title: request.title, rows };
}
