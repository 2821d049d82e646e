import { describe, expect, it } from 'vitest';
import { keyFindings, rankFindings } from './rankFindings';
import type { Finding } from './types';

const finding = (
	text: string,
	theme: string,
	kind: Finding['kind'],
	verdict: Finding['verdict'],
	size = 0
): Finding => ({
	theme,
	kind,
	questionId: 'q',
	answerId: 'a',
	population: 'p',
	populationB: kind === 'gap' ? 'b' : null,
	year: 2020,
	fromYear: kind === 'change' ? 2018 : null,
	pct: 50,
	pctB: kind === 'gap' ? 40 : null,
	delta: kind === 'change' ? size : null,
	gap: kind === 'gap' ? size : null,
	verdict,
	text
});

const level = finding('level', 't', 'level', null);
const stable = finding('stable', 't', 'change', 'not_significant', 12);
const smallFall = finding('small fall', 't', 'change', 'significant', -5);
const bigRise = finding('big rise', 't', 'change', 'significant', 19);
const gap = finding('gap', 't', 'gap', 'significant', 40);

describe('rankFindings', () => {
	it('puts significant changes first, largest first, then significant gaps, then the rest in order', () => {
		expect(rankFindings([level, smallFall, stable, gap, bigRise]).map((f) => f.text)).toEqual([
			'big rise',
			'small fall',
			'gap',
			'level',
			'stable'
		]);
	});
});

describe('keyFindings', () => {
	it('takes at most max in all and perTheme of a theme', () => {
		const other = [1, 2, 3, 4].map((n) => finding(`other ${n}`, 'u', 'change', 'significant', n));
		expect(
			keyFindings([level, smallFall, bigRise, gap, ...other], { max: 4, perTheme: 2 }).map(
				(f) => f.text
			)
		).toEqual(['big rise', 'small fall', 'other 4', 'other 3']);
	});
});
