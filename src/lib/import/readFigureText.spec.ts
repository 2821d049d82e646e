import { describe, expect, it } from 'vitest';
import { readFigureText } from './readFigureText';

describe('readFigureText', () => {
	it('reads every way the institute writes a percentage', () => {
		for (const text of ['63', '63%', '63 %', '63\u00a0%', ' 63 '])
			expect(readFigureText(text)).toEqual({
				ok: true,
				pct: 63,
				approximate: false,
				percentSign: text.includes('%')
			});
		expect(readFigureText('63,5')).toMatchObject({ ok: true, pct: 63.5 });
		expect(readFigureText('-')).toEqual({
			ok: true,
			pct: 0,
			approximate: false,
			percentSign: false
		});
		expect(readFigureText('*')).toEqual({
			ok: true,
			pct: 0,
			approximate: true,
			percentSign: false
		});
	});
	it('says what is wrong with a cell that is no percentage', () => {
		expect(readFigureText('6x')).toEqual({ ok: false, message: 'not a percentage' });
		expect(readFigureText('120')).toEqual({ ok: false, message: 'not a percentage from 0 to 100' });
		expect(readFigureText('=SUM(B2:B4)')).toEqual({ ok: false, message: 'not a percentage' });
	});
});
