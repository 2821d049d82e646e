import { describe, expect, it } from 'vitest';
import { jsLiteral } from './jsLiteral';

/** Evaluates the source the way a module exporting it would. */
const evaluate = (source: string): unknown => new Function(`return ${source};`)();

describe('jsLiteral', () => {
	it('writes a record the module gives back equal, key order included', () => {
		const record = {
			year: 2017,
			labels: ['Oui', 'Non « NSP »', 'line\nbreak', '\u2028', 'lone \ud800'],
			pct: 63.5,
			base: null,
			derived: false,
			location: { file: 'data/2017/public.csv', line: 4 }
		};
		const back = evaluate(jsLiteral(record));
		expect(back).toEqual(record);
		expect(Object.keys(back as object)).toEqual(Object.keys(record));
	});

	it('keeps the numbers JSON loses: -0, Infinity, NaN', () => {
		expect(jsLiteral([-0, 0, Infinity, -Infinity, NaN, 1e21])).toBe(
			'[-0,0,Infinity,-Infinity,NaN,1e+21]'
		);
		const [negativeZero, zero] = evaluate(jsLiteral([-0, 0])) as number[];
		expect(Object.is(negativeZero, -0)).toBe(true);
		expect(Object.is(zero, 0)).toBe(true);
	});

	it('refuses what is not plain data', () => {
		expect(() => jsLiteral(() => 1)).toThrow('cannot write a function');
	});
});
