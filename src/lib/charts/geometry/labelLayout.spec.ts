import { describe, expect, it } from 'vitest';
import { spreadLabels, wrapText } from './labelLayout';

describe('wrapText', () => {
	it('wraps at spaces within the width', () => {
		expect(wrapText('Manque de partenariats avec des entreprises classiques', 30)).toEqual([
			'Manque de partenariats avec',
			'des entreprises classiques'
		]);
	});

	it('keeps a short label on one line', () => {
		expect(wrapText('Éducation', 36)).toEqual(['Éducation']);
	});

	it('gives a word longer than a line its own line, uncut', () => {
		expect(wrapText('a anticonstitutionnellement b', 10)).toEqual([
			'a',
			'anticonstitutionnellement',
			'b'
		]);
	});

	it('collapses runs of spaces and gives no line for an empty text', () => {
		expect(wrapText('  a   b ', 10)).toEqual(['a b']);
		expect(wrapText('', 10)).toEqual([]);
	});
});

describe('spreadLabels', () => {
	it('leaves labels far enough apart where they are', () => {
		const spread = spreadLabels(
			[
				{ key: 'a', position: 10 },
				{ key: 'b', position: 50 }
			],
			20,
			0,
			100
		);
		expect([...spread]).toEqual([
			['a', 10],
			['b', 50]
		]);
	});

	it('pushes two close labels apart around their middle', () => {
		const spread = spreadLabels(
			[
				{ key: 'a', position: 100 },
				{ key: 'b', position: 104 }
			],
			16,
			0,
			300
		);
		expect(spread.get('a')).toBe(94);
		expect(spread.get('b')).toBe(110);
	});

	it('keeps labels in order, whatever the input order', () => {
		const spread = spreadLabels(
			[
				{ key: 'b', position: 51 },
				{ key: 'a', position: 50 },
				{ key: 'c', position: 52 }
			],
			10,
			0,
			200
		);
		const a = spread.get('a') ?? 0;
		const b = spread.get('b') ?? 0;
		const c = spread.get('c') ?? 0;
		expect(b - a).toBeGreaterThanOrEqual(10 - 1e-9);
		expect(c - b).toBeGreaterThanOrEqual(10 - 1e-9);
	});

	it('shifts the stack back inside the bounds', () => {
		const spread = spreadLabels(
			[
				{ key: 'a', position: 198 },
				{ key: 'b', position: 200 }
			],
			20,
			0,
			200
		);
		expect(spread.get('b')).toBe(200);
		expect(spread.get('a')).toBe(180);
	});

	it('gives an empty map for no label', () => {
		expect(spreadLabels([], 10, 0, 100).size).toBe(0);
	});
});
