/**
 * Rows in display order: by their `order` when given, else by their place in the file; a row
 * without an order keeps its place among the others.
 *
 * @example
 * orderRows([{ order: 2, id: 'a' }, { order: 1, id: 'b' }]).map((r) => r.id) // ['b', 'a']
 */
export function orderRows<T extends { order: number | null }>(rows: readonly T[]): T[] {
	return rows
		.map((row, index) => ({ row, rank: row.order ?? index + 1, index }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ row }) => row);
}
