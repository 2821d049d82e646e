import { describe, expect, it } from 'vitest';
import {
	awarenessTrend,
	digitalDumbbell,
	expectationsTrend,
	obstaclesBars
} from '../test/fixtures';
import { dumbbellTable, EMPTY_CELL, rankedBarsTable, trendTable } from './tables';

function plain(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('trendTable', () => {
	const table = trendTable('fr', awarenessTrend('fr'));

	it('has the year, population, value, interval, n, change and verdict columns', () => {
		expect(table.columns.map(plain)).toEqual([
			'Année',
			'Population',
			'Valeur',
			'Intervalle à 95 %',
			'Effectif',
			'Évolution',
			'Significativité'
		]);
	});

	it('gives a row per year, the missing years with their reason', () => {
		expect(table.rows.map((row) => row.cells[0])).toEqual([
			'2012',
			'2013',
			'2014',
			'2015',
			'2016',
			'2017',
			'2018',
			'2019',
			'2020'
		]);
		expect(table.rows[2].cells.slice(2, 4)).toEqual(['Pas de donnée (pas de vague)', EMPTY_CELL]);
		expect(table.rows[3].cells[2]).toBe('Pas de donnée (non publié)');
	});

	it('writes each figure with its interval, base, change and verdict', () => {
		expect(table.rows[5].cells.map(plain)).toEqual([
			'2017',
			"Connaît l'économie sociale et solidaire",
			'63 %',
			'60–66 %',
			"1 071 (taille d'échantillon supposée)",
			'+2 pts depuis 2016',
			"dans la marge d'erreur"
		]);
		expect(table.rows[0].cells.slice(2).map(plain)).toEqual([
			'50 %',
			EMPTY_CELL,
			'n inconnu',
			EMPTY_CELL,
			EMPTY_CELL
		]);
	});

	it('gives every row a unique key', () => {
		expect(new Set(table.rows.map((row) => row.key)).size).toBe(table.rows.length);
	});
});

describe('trendTable across a series break', () => {
	it('says the change is not comparable, with no verdict', () => {
		const rows = trendTable('en', expectationsTrend('en')).rows;
		expect(rows.find((row) => row.key.endsWith('financial_support/2017'))?.cells.slice(5)).toEqual([
			'not comparable with 2016 (wording changed)',
			'no comparison possible'
		]);
		expect(rows.find((row) => row.key.endsWith('co_design/2017'))?.cells.slice(5)).toEqual([
			'−11\u00a0pts since 2016',
			'within the margin of error'
		]);
	});
});

describe('rankedBarsTable', () => {
	it('flags a derived figure and notes the unpublished answers', () => {
		const table = rankedBarsTable('en', obstaclesBars('en'));
		expect(table.columns[0]).toBe('Answer');
		expect(table.rows[1].cells.slice(0, 3)).toEqual([
			'Lack of partnerships with conventional companies',
			'Social entrepreneurs',
			'19% (derived from a published change)'
		]);
		expect(table.note).toBe('Other answers not published.');
	});

	it('has no note when the answers are complete', () => {
		expect(rankedBarsTable('fr', { ...obstaclesBars('fr'), partial: false }).note).toBeNull();
	});
});

describe('dumbbellTable', () => {
	it('gives a row per answer: both populations (one level of brackets), the gap with its interval, the verdict', () => {
		const table = dumbbellTable('fr', digitalDumbbell('fr'));
		expect(table.columns).toEqual([
			'Réponse',
			'Entrepreneurs sociaux',
			'Grand public',
			'Écart',
			'Significativité'
		]);
		expect(table.rows[0].cells.map(plain)).toEqual([
			'Éducation',
			"88 % (80–93 %, n = 88, taille d'échantillon supposée)",
			"69 % (66–72 %, n = 1 071, taille d'échantillon supposée)",
			'+19 pts (de +10 à +25 pts)',
			"au-delà de la marge d'erreur"
		]);
		const english = dumbbellTable('en', digitalDumbbell('en'));
		expect(plain(english.rows[0].cells[1])).toBe('88% (80–93%, n = 88, assumed sample size)');
		for (const row of [...table.rows, ...english.rows]) {
			for (const cell of row.cells) expect(cell).not.toMatch(/\([^()]*\(/);
		}
	});
});
