import { describe, expect, it } from 'vitest';
import { awarenessSeries, expectationsTrend, obstaclesBars } from '../test/fixtures';
import { tooltipLines } from './tooltipLines';

function plain(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

function texts(lines: ReturnType<typeof tooltipLines>): string[] {
	return lines.map((line) => plain(line.text));
}

describe('tooltipLines', () => {
	it('gives answer, population and year, value, interval, base, change and source', () => {
		const of2016 = awarenessSeries('fr').points[2];
		expect(texts(tooltipLines('fr', of2016))).toEqual([
			"Connaît l'économie sociale et solidaire",
			'Grand public, 2016',
			'61 %',
			'95 % : 58–64 %',
			"n = 1 011 (taille d'échantillon supposée)",
			"Évolution : −3 pts depuis 2013, dans la marge d'erreur",
			'Source : Baromètre de l’entrepreneuriat social, OpinionWay pour Ashoka'
		]);
	});

	it('writes English', () => {
		const of2018 = awarenessSeries('en').points[4];
		expect(texts(tooltipLines('en', of2018)).slice(2, 6)).toEqual([
			'68%',
			'95%: 65–71%',
			'n = 1,046 (assumed sample size)',
			'Change: +5 pts since 2017, beyond the margin of error'
		]);
	});

	it('says n is unknown and leaves out the interval and the change of a first wave', () => {
		const of2012 = awarenessSeries('fr').points[0];
		const lines = tooltipLines('fr', of2012);
		expect(lines.map((line) => line.key)).toEqual([
			'label',
			'population',
			'value',
			'base',
			'source'
		]);
		expect(plain(lines[3].text)).toBe('n inconnu');
	});

	it('says a base is not assumed when the file gave it', () => {
		const of2017 = { ...awarenessSeries('fr').points[3], baseAssumed: false };
		expect(texts(tooltipLines('fr', of2017))).toContain('n = 1 071');
	});

	it('flags a derived figure and a small base as warnings, and gives the note', () => {
		const partnerships = { ...obstaclesBars('fr').bars[1], smallBase: true };
		const lines = tooltipLines('fr', partnerships);
		expect(lines.filter((line) => line.kind === 'warning').map((line) => plain(line.text))).toEqual(
			[
				'Effectif faible (moins de 30 répondants) : à lire avec prudence',
				"Déduit d'une évolution publiée"
			]
		);
		expect(texts(lines)).toContain('Note : 27 % en 2016 moins les 8 pts publiés');
	});

	it('flags an approximate value', () => {
		const approximate = { ...awarenessSeries('en').points[3], approximate: true };
		expect(texts(tooltipLines('en', approximate))).toContain('Approximate value');
	});

	it('gives keys unique within a tooltip', () => {
		const lines = tooltipLines('fr', {
			...obstaclesBars('fr').bars[1],
			smallBase: true,
			approximate: true,
			source: 'x'
		});
		expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
	});

	it('says a change across a series break is not computed, and why, in both languages', () => {
		const french = expectationsTrend('fr').series[1].points[1];
		const lines = tooltipLines('fr', french);
		expect(lines.find((line) => line.key === 'change')).toEqual({
			key: 'change',
			kind: 'warning',
			text: 'Évolution\u00a0: non comparable à 2016 (formulation changée)'
		});
		expect(plain(lines.find((line) => line.key === 'break')!.text)).toBe(
			'Rupture de série : Le chiffre 2016 est une paraphrase de presse.'
		);
		const english = expectationsTrend('en').series[1].points[1];
		expect(texts(tooltipLines('en', english)).slice(5, 7)).toEqual([
			'Change: not comparable with 2016 (wording changed)',
			'Series break: The 2016 figure is a press paraphrase.'
		]);
	});
});
