import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	readFlag,
	readIsoDate,
	readNumber,
	readPercent,
	readPoints,
	readCount,
	readYear,
	readId
} from './cellValues';

describe('readNumber', () => {
	it('reads a decimal comma, a percent sign and French spaces', () => {
		expect(readNumber('63,5')).toEqual({ ok: true, value: 63.5 });
		expect(readNumber('63 %')).toEqual({ ok: true, value: 63 });
		expect(readNumber('63\u202f%')).toEqual({ ok: true, value: 63 });
		expect(readNumber('1\u00a0071')).toEqual({ ok: true, value: 1071 });
	});
	it('reads signs, including the true minus sign', () => {
		expect(readNumber('+6')).toEqual({ ok: true, value: 6 });
		expect(readNumber('−13')).toEqual({ ok: true, value: -13 });
		expect(readNumber('-13')).toEqual({ ok: true, value: -13 });
	});
	it('refuses text, two commas, and a comma beside a dot', () => {
		expect(readNumber('abc').ok).toBe(false);
		expect(readNumber('1,2,3').ok).toBe(false);
		expect(readNumber('1.071,5').ok).toBe(false);
		expect(readNumber('12abc').ok).toBe(false);
		expect(readNumber('Infinity').ok).toBe(false);
	});
	it('reads back any finite number written with a decimal comma', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
				(value) => {
					const written = value.toFixed(3).replace('.', ',');
					const result = readNumber(written);
					return result.ok && Math.abs(result.value - Number(value.toFixed(3))) < 1e-9;
				}
			)
		);
	});
});

describe('readPercent', () => {
	it('accepts 0 to 100 and refuses the rest', () => {
		expect(readPercent('0')).toEqual({ ok: true, value: 0 });
		expect(readPercent('100')).toEqual({ ok: true, value: 100 });
		expect(readPercent('100,5')).toEqual({ ok: false, expected: 'a percentage from 0 to 100' });
		expect(readPercent('-1').ok).toBe(false);
	});
});

describe('readPoints', () => {
	it('accepts a signed change up to 100 points', () => {
		expect(readPoints('-100')).toEqual({ ok: true, value: -100 });
		expect(readPoints('+101').ok).toBe(false);
	});
});

describe('readCount', () => {
	it('wants a whole number of respondents above 0', () => {
		expect(readCount('1 071')).toEqual({ ok: true, value: 1071 });
		expect(readCount('88,5').ok).toBe(false);
		expect(readCount('0').ok).toBe(false);
	});
});

describe('readYear', () => {
	it('wants four digits', () => {
		expect(readYear('2017')).toEqual({ ok: true, value: 2017 });
		expect(readYear('17').ok).toBe(false);
		expect(readYear('2017.0').ok).toBe(false);
	});
});

describe('readFlag', () => {
	it('reads yes and no in French and English', () => {
		expect(readFlag('Oui')).toEqual({ ok: true, value: true });
		expect(readFlag('yes')).toEqual({ ok: true, value: true });
		expect(readFlag('non')).toEqual({ ok: true, value: false });
		expect(readFlag('maybe')).toEqual({ ok: false, expected: 'yes or no' });
	});
});

describe('readIsoDate', () => {
	it('accepts a date, a month or a year', () => {
		expect(readIsoDate('2017-09-13').ok).toBe(true);
		expect(readIsoDate('2013-11').ok).toBe(true);
		expect(readIsoDate('2012').ok).toBe(true);
	});
	it('refuses French dates and impossible days', () => {
		expect(readIsoDate('13/09/2017').ok).toBe(false);
		expect(readIsoDate('2017-02-30').ok).toBe(false);
		expect(readIsoDate('2017-13').ok).toBe(false);
	});
});

describe('readId', () => {
	it("accepts snake case and the shared file's hyphenated subgroup", () => {
		expect(readId('public_18_24').ok).toBe(true);
		expect(readId('jeunes_18-24').ok).toBe(true);
		expect(readId('<img src=x>').ok).toBe(false);
	});
});
