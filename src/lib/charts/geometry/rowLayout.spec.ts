import { describe, expect, it } from 'vitest';
import { stackRows } from './rowLayout';

const metrics = { lineHeight: 20, markHeight: 18, labelGap: 4, rowGap: 12 };

describe('stackRows', () => {
	it('puts the label above the mark and the next row below', () => {
		const { rows, height } = stackRows(
			[
				{ key: 'a', lineCount: 1 },
				{ key: 'b', lineCount: 2 }
			],
			metrics
		);
		expect(rows[0]).toEqual({
			key: 'a',
			top: 0,
			baselines: [15.6],
			markTop: 24,
			markCenter: 33,
			bottom: 42
		});
		expect(rows[1].top).toBe(54);
		expect(rows[1].baselines).toEqual([69.6, 89.6]);
		expect(rows[1].markTop).toBe(98);
		expect(height).toBe(116);
	});

	it('gives a row without label its mark at the top, with no label gap', () => {
		const { rows } = stackRows([{ key: 'a', lineCount: 0 }], metrics);
		expect(rows[0].markTop).toBe(0);
	});

	it('gives height 0 for no row', () => {
		expect(stackRows([], metrics)).toEqual({ rows: [], height: 0 });
	});
});
