import { describe, expect, it } from 'vitest';
import { formatPlusMinus, NO_BREAK_SPACE } from '../../i18n/format';
import { sampleCatalog } from '../fixtures';
import { waveMethodViews } from './waveMethodViews';

describe('waveMethodViews', () => {
	const french = waveMethodViews(sampleCatalog('fr'));
	const english = waveMethodViews(sampleCatalog('en'));
	const wave = (views: typeof french, key: string) => {
		const found = views.find((view) => view.key === key);
		if (!found) throw new Error(`no wave ${key}`);
		return found;
	};

	it('lists every wave by fieldwork year, populations in the order waves.csv first names them', () => {
		expect(french.map((view) => view.key)).toEqual([
			'2012/entrepreneurs',
			'2012/public',
			'2013/public',
			'2015/public',
			'2016/entrepreneurs',
			'2016/public',
			'2017/entrepreneurs',
			'2017/public',
			'2017/public_18_24'
		]);
	});

	it('describes a wave: edition, n, make-up, fieldwork, method, stated margin, source', () => {
		const view = wave(french, '2017/entrepreneurs');
		expect(view).toMatchObject({
			edition: 'Baromètre 2018',
			sampleSize: 90,
			effectiveN: 90,
			fieldwork: '13 septembre – 15 octobre 2017',
			method: 'CAWI',
			statedMargin: '4,4 à 10 points',
			populationLabel: 'Entrepreneurs sociaux',
			parentLabel: null,
			source: [{ kind: 'text', text: 'report.txt lines 1-2' }]
		});
		expect(view.composition).toEqual([
			{
				variable: 'sex',
				label: 'Sexe',
				shares: [
					{ category: 'women', label: 'femmes', pct: 37 },
					{ category: 'men', label: 'hommes', pct: 63 }
				]
			}
		]);
	});

	it("computes the margins from the wave's own n: Wald at 50 % ±10.33 pts for n = 90", () => {
		const margins = wave(french, '2017/entrepreneurs').margins;
		// 1.959963984540054 × √(0.25 / 90) and × √(0.05 × 0.95 / 90), in points
		expect(margins?.waldAt50).toBeCloseTo(10.329917205076027, 9);
		expect(margins?.waldAt5).toBeCloseTo(4.502706519206852, 9);
		const written = (value: number | undefined) =>
			formatPlusMinus('en', value ?? NaN, 2).replaceAll(NO_BREAK_SPACE, ' ');
		expect([written(margins?.waldAt5), written(margins?.waldAt50)]).toEqual([
			'± 4.50 pts',
			'± 10.33 pts'
		]);
	});

	it('divides n by the design effect before computing the margins', () => {
		const view = wave(french, '2016/entrepreneurs');
		expect(view).toMatchObject({ sampleSize: 80, designEffect: 1.25, effectiveN: 64 });
		// 1.959963984540054 × √(0.25 / 64), in points
		expect(view.margins?.waldAt50).toBeCloseTo(12.249774903375338, 9);
	});

	it('says n unknown, with no margin, for a wave without a sample size and for a subgroup', () => {
		expect(wave(french, '2012/public')).toMatchObject({
			sampleSize: null,
			effectiveN: null,
			margins: null,
			fieldwork: null,
			composition: []
		});
		expect(wave(french, '2017/public_18_24')).toMatchObject({
			sampleSize: null,
			margins: null,
			parentLabel: 'Grand public',
			populationLabel: '18–24 ans'
		});
	});

	it('keeps a month-only fieldwork as a month, in each language', () => {
		expect(wave(french, '2013/public').fieldwork).toBe('novembre 2013');
		expect(wave(english, '2013/public').fieldwork).toBe('November 2013');
	});

	it("links the wave's web sources and leaves report references as text", () => {
		expect(wave(french, '2017/public').source).toEqual([
			expect.objectContaining({ kind: 'link', href: 'https://example.org/2017' }),
			{ kind: 'text', text: ' ; report.txt line 3' }
		]);
	});

	it('speaks English in English', () => {
		const view = wave(english, '2017/entrepreneurs');
		expect(view.populationLabel).toBe('Social entrepreneurs');
		expect(view.composition[0].shares.map((share) => share.label)).toEqual(['women', 'men']);
		expect(view.fieldwork).toBe('13 September – 15 October 2017');
	});
});
