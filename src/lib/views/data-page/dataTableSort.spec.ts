import { describe, expect, it } from 'vitest';
import { sampleCatalog, sampleDataset } from '../fixtures';
import { filterRows, nextSort, questionOptions, sortRows } from './dataTableSort';
import { dataTableView } from './dataTableView';

/** The sample, with accented answer labels for the alphabetical order. */
const accented = sampleDataset();
const labels: Record<string, string> = {
	sse: 'Économie sociale et solidaire (ESS)',
	education: 'Éducation',
	employment: 'Emploi'
};
accented.answers = accented.answers.map((a) => ({ ...a, labelFr: labels[a.id] ?? a.labelFr }));
const { rows, questions } = dataTableView(sampleCatalog('fr', accented));

describe('sortRows', () => {
	it('gives the default order back without a sort order', () => {
		expect(sortRows([...rows].reverse(), null, 'fr').map((r) => r.key)).toEqual(
			rows.map((r) => r.key)
		);
	});

	it('sorts by value, highest first, ties in the default order', () => {
		const sorted = sortRows(rows, { column: 'value', direction: 'descending' }, 'fr');
		expect(sorted[0].value).toBe(88);
		const values = sorted.flatMap((r) => (r.value === null ? [] : [r.value]));
		expect(values).toEqual([...values].sort((a, b) => b - a));
		// The change-only row has no value: last.
		expect(sorted.at(-1)?.publishedChange).toEqual({ delta: 7, fromYear: 2013 });
		const eightyEight = sorted.filter((r) => r.value === 43);
		expect(eightyEight).toHaveLength(2);
		expect(eightyEight.map((r) => r.order)).toEqual(
			[...eightyEight.map((r) => r.order)].sort((a, b) => a - b)
		);
	});

	it('puts unknown bases and missing changes last in both directions', () => {
		for (const direction of ['ascending', 'descending'] as const) {
			const byBase = sortRows(rows, { column: 'base', direction }, 'fr');
			const firstUnknown = byBase.findIndex((r) => r.base === null);
			expect(firstUnknown).toBeGreaterThan(0);
			expect(byBase.slice(firstUnknown).every((r) => r.base === null)).toBe(true);
			const byChange = sortRows(rows, { column: 'change', direction }, 'fr');
			expect(byChange.at(-1)?.change).toBeNull();
		}
		expect(
			sortRows(rows, { column: 'change', direction: 'ascending' }, 'fr')[0].change
		).toMatchObject({ fromYear: 2013, delta: -3, verdict: 'not_significant' });
		expect(
			sortRows(rows, { column: 'change', direction: 'descending' }, 'fr')[0].change
		).toMatchObject({ fromYear: 2012, delta: 14, verdict: 'untestable' });
	});

	it('sorts a published change among the tested ones, by its points', () => {
		const deltas = sortRows(rows, { column: 'change', direction: 'descending' }, 'fr')
			.map((r) => r.change?.delta ?? r.publishedChange?.delta ?? null)
			.filter((delta) => delta !== null);
		expect(deltas.slice(0, 3)).toEqual([14, 8, 7]);
		expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
	});

	it("sorts text in the language's alphabetical order, accents included", () => {
		const answers = sortRows(rows, { column: 'answer', direction: 'ascending' }, 'fr').map(
			(r) => r.label
		);
		const collator = new Intl.Collator('fr-FR', { numeric: true, sensitivity: 'base' });
		for (let i = 1; i < answers.length; i++)
			expect(collator.compare(answers[i - 1], answers[i])).toBeLessThanOrEqual(0);
		expect(answers.indexOf('Économie sociale et solidaire (ESS)')).toBeLessThan(
			answers.indexOf('Emploi')
		);
		expect(answers.lastIndexOf('Éducation')).toBeLessThan(answers.indexOf('Emploi'));
	});

	it('does not change the array it is given', () => {
		const copy = [...rows];
		sortRows(rows, { column: 'year', direction: 'descending' }, 'en');
		expect(rows).toEqual(copy);
	});
});

describe('filterRows', () => {
	it('keeps everything with no filter', () => {
		expect(filterRows(rows, { population: null, question: null })).toHaveLength(rows.length);
	});

	it('keeps one population, one question, or both', () => {
		expect(
			filterRows(rows, { population: 'public_18_24', question: null }).every(
				(r) => r.population === 'public_18_24'
			)
		).toBe(true);
		const awareness = filterRows(rows, { population: 'public', question: 'awareness_terms' });
		expect(awareness.length).toBeGreaterThan(0);
		expect(
			awareness.every((r) => r.population === 'public' && r.questionId === 'awareness_terms')
		).toBe(true);
	});

	it('gives nothing for a population that has no row', () => {
		expect(filterRows(rows, { population: 'nobody', question: null })).toEqual([]);
	});
});

describe('nextSort', () => {
	it('sorts a new column ascending, then flips it', () => {
		expect(nextSort(null, 'value')).toEqual({ column: 'value', direction: 'ascending' });
		expect(nextSort({ column: 'value', direction: 'ascending' }, 'value')).toEqual({
			column: 'value',
			direction: 'descending'
		});
		expect(nextSort({ column: 'value', direction: 'descending' }, 'value')).toEqual({
			column: 'value',
			direction: 'ascending'
		});
		expect(nextSort({ column: 'value', direction: 'descending' }, 'year')).toEqual({
			column: 'year',
			direction: 'ascending'
		});
	});
});

describe('questionOptions', () => {
	it('offers every question when no population is chosen', () => {
		expect(questionOptions(rows, questions, null)).toEqual(questions);
	});

	it('offers only the questions asked of the chosen population, in order', () => {
		const youth = questionOptions(rows, questions, 'public_18_24');
		expect(youth.map((q) => q.id)).toEqual([
			...new Set(rows.filter((r) => r.population === 'public_18_24').map((r) => r.questionId))
		]);
		expect(youth.length).toBeLessThan(questions.length);
		expect(
			questionOptions(rows, questions, 'entrepreneurs').some((q) => q.id === 'awareness_terms')
		).toBe(false);
	});

	it('never leads to an empty table', () => {
		for (const population of ['entrepreneurs', 'public', 'public_18_24'])
			for (const question of questionOptions(rows, questions, population))
				expect(filterRows(rows, { population, question: question.id }).length).toBeGreaterThan(0);
	});
});
