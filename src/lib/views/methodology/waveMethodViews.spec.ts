import { describe, expect, it } from 'vitest';
import { formatPlusMinus, NO_BREAK_SPACE } from '../../i18n/format';
import { bundledCatalog } from '../../server/bundledCatalog';
import { waveMethodViews } from './waveMethodViews';

describe('waveMethodViews', () => {
	const french = waveMethodViews(bundledCatalog('fr'));
	const english = waveMethodViews(bundledCatalog('en'));
	const wave = (views: typeof french, key: string) => {
		const found = views.find((view) => view.key === key);
		if (!found) throw new Error(`no wave ${key}`);
		return found;
	};

	it('lists the 17 waves by fieldwork year, entrepreneurs before the public and its subgroup', () => {
		expect(french).toHaveLength(17);
		expect(french.slice(0, 4).map((view) => view.key)).toEqual([
			'2012/entrepreneurs',
			'2012/public',
			'2013/entrepreneurs',
			'2013/public'
		]);
		expect(french.filter((view) => view.year === 2017).map((view) => view.population)).toEqual([
			'entrepreneurs',
			'public',
			'public_18_24'
		]);
	});

	it('describes the 2017 entrepreneurs: Baromètre 2018, n 88, 37 % women, 13 Sept–15 Oct 2017', () => {
		const view = wave(french, '2017/entrepreneurs');
		expect(view).toMatchObject({
			edition: 'Baromètre 2018',
			sampleSize: 88,
			effectiveN: 88,
			fieldwork: '13 septembre – 15 octobre 2017',
			method: 'CAWI (online self-administered)',
			statedMargin: '4,4 à 10 points',
			populationLabel: 'Entrepreneurs sociaux',
			parentLabel: null
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

	it("computes the margins from the wave's own n: Wald at 50 % ±10.45 pts for n = 88", () => {
		const margins = wave(french, '2017/entrepreneurs').margins;
		expect(margins?.waldAt50).toBeCloseTo(10.4466, 4);
		expect(margins?.waldAt5).toBeCloseTo(4.5536, 4);
		expect(margins?.wilsonAt50).toBeCloseTo(10.2258, 4);
		const written = (value: number | undefined) =>
			formatPlusMinus('en', value ?? NaN, 2).replaceAll(NO_BREAK_SPACE, ' ');
		expect([written(margins?.waldAt5), written(margins?.waldAt50)]).toEqual([
			'± 4.55 pts',
			'± 10.45 pts'
		]);
	});

	it('gives the 2016 entrepreneurs (n = 82) a margin wider than the publisher\'s "10 points"', () => {
		const view = wave(french, '2016/entrepreneurs');
		expect(view.statedMargin).toBe('4,4 à 10 points');
		expect(view.margins?.waldAt50).toBeCloseTo(10.8221, 4);
	});

	it('says n unknown, with no margin, for 2012 and for the 18–24 subgroup', () => {
		expect(wave(french, '2012/public')).toMatchObject({
			sampleSize: null,
			effectiveN: null,
			margins: null,
			fieldwork: '2012'
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
		expect(wave(english, '2020/public').fieldwork).toBe('12–13 June 2020');
	});

	it('keeps the 2013 edition unknown, as its numbering conflicts', () => {
		expect(wave(french, '2013/entrepreneurs').edition).toBeNull();
	});

	it("links the wave's web sources and leaves report references as text", () => {
		expect(wave(french, '2016/public').source.filter((part) => part.kind === 'link')).toHaveLength(
			3
		);
		expect(wave(french, '2017/public').source).toEqual([
			{ kind: 'text', text: 'barometre-2018-tech-for-good.txt lines 120-134, 140-151' }
		]);
	});

	it('speaks English in English', () => {
		const view = wave(english, '2017/public');
		expect(view.populationLabel).toBe('General public');
		expect(view.composition[0].shares.map((share) => share.label)).toEqual(['women', 'men']);
		expect(view.fieldwork).toBe('13–14 September 2017');
	});
});
