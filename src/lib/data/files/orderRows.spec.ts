import { describe, expect, it } from 'vitest';
import { orderRows } from './orderRows';

describe('orderRows', () => {
	it('sorts by order, a row without one keeping its place in the file', () => {
		const rows = [
			{ id: 'a', order: 3 },
			{ id: 'b', order: null },
			{ id: 'c', order: 1 },
			{ id: 'd', order: 2 }
		];
		expect(orderRows(rows).map((row) => row.id)).toEqual(['c', 'b', 'd', 'a']);
	});
});
