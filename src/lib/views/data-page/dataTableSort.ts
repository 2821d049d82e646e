import { language, type Lang } from '../../i18n/lang';
import type { DataRowView, FilterOption } from './dataTableView';

/** The columns of the data table that can be sorted. */
export type SortColumn =
	'year' | 'population' | 'question' | 'answer' | 'value' | 'base' | 'change';

/** Sort directions, named as `aria-sort` names them. */
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
	column: SortColumn;
	direction: SortDirection;
}

/** What the filters keep: a population id and a question id, or null for all. */
export interface RowFilter {
	population: string | null;
	question: string | null;
}

/** The value a column sorts by; null sorts last in both directions. */
function sortValue(row: DataRowView, column: SortColumn): string | number | null {
	switch (column) {
		case 'year':
			return row.year;
		case 'population':
			return row.populationLabel;
		case 'question':
			return row.question;
		case 'answer':
			return row.label;
		case 'value':
			return row.value;
		case 'base':
			return row.base;
		case 'change':
			return row.change?.delta ?? row.publishedChange?.delta ?? null;
	}
}

/**
 * The rows sorted by a column (text in the language's alphabetical order, numbers by value),
 * unknown values (n unknown, no change) last in both directions, ties in the default order.
 * Without a sort order, the default order (`row.order`). Returns a new array.
 * @example sortRows(rows, { column: 'value', direction: 'descending' }, 'fr')[0].value // 96
 */
export function sortRows(
	rows: readonly DataRowView[],
	sort: SortOrder | null,
	lang: Lang
): DataRowView[] {
	const byDefault = (a: DataRowView, b: DataRowView) => a.order - b.order;
	if (sort === null) return [...rows].sort(byDefault);
	const collator = new Intl.Collator(language(lang).locale, { numeric: true, sensitivity: 'base' });
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = sortValue(a, sort.column);
		const y = sortValue(b, sort.column);
		if (x === null || y === null)
			return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byDefault(a, b);
		const compared =
			typeof x === 'number' && typeof y === 'number'
				? x - y
				: collator.compare(String(x), String(y));
		return sign * compared || byDefault(a, b);
	});
}

/**
 * The rows a filter keeps, in their order.
 * @example filterRows(rows, { population: 'entrepreneurs', question: null }).every((r) => r.population === 'entrepreneurs') // true
 */
export function filterRows(rows: readonly DataRowView[], filter: RowFilter): DataRowView[] {
	return rows.filter(
		(row) =>
			(filter.population === null || row.population === filter.population) &&
			(filter.question === null || row.questionId === filter.question)
	);
}

/**
 * The order after a click on a column's header: ascending for a new column, the other direction
 * for the current one.
 * @example nextSort({ column: 'year', direction: 'ascending' }, 'year') // { column: 'year', direction: 'descending' }
 * @example nextSort(null, 'value') // { column: 'value', direction: 'ascending' }
 */
export function nextSort(current: SortOrder | null, column: SortColumn): SortOrder {
	if (current?.column === column)
		return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	return { column, direction: 'ascending' };
}

/**
 * The question choices that keep at least one row for a population (all of them for null), in
 * their order, so that the two filters never combine into an empty table.
 * @example questionOptions(rows, questions, 'public_18_24').map((q) => q.id) // ['sse_motivations', …]
 */
export function questionOptions(
	rows: readonly DataRowView[],
	questions: readonly FilterOption[],
	population: string | null
): FilterOption[] {
	if (population === null) return [...questions];
	const asked = new Set(
		rows.filter((row) => row.population === population).map((row) => row.questionId)
	);
	return questions.filter((question) => asked.has(question.id));
}
