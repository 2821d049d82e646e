import { describe, expect, it } from 'vitest';
import { measureText } from '../frame/dimensions';
import { wrapLines } from './svgText';

describe('wrapLines', () => {
	const text = "Part du grand public qui a déjà entendu parler de l'économie sociale et solidaire";

	it('cuts at spaces, every line within the width', () => {
		const lines = wrapLines(text, 200, 16);
		expect(lines.join(' ')).toBe(text);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(measureText(line, 16)).toBeLessThanOrEqual(200);
	});

	it('gives a long word a line of its own', () => {
		expect(wrapLines('a Anticonstitutionnellement b', 60, 16)).toEqual([
			'a',
			'Anticonstitutionnellement',
			'b'
		]);
	});

	it('ends with an ellipsis when lines are left out', () => {
		const lines = wrapLines(text, 200, 16, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(measureText(lines[1], 16)).toBeLessThanOrEqual(200);
		expect(wrapLines('', 200, 16)).toEqual([]);
	});
});
