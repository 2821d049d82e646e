import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { awarenessPage, obstaclesPage, questionPage, techForGoodPage } from './pages';

describe('the themed pages', () => {
	const catalog = bundledCatalog('fr');

	it("draw the public's awareness of the ESS and of social entrepreneurship, 2012–2020", () => {
		const { trend } = awarenessPage(catalog);
		expect(trend.series.map((s) => [s.label, s.points.length])).toEqual([
			['Économie sociale et solidaire (ESS)', 6],
			['Entrepreneuriat social', 4]
		]);
		expect(trend.years[0]).toBe(2012);
		expect(trend.years.at(-1)).toBe(2020);
	});

	it("rank the entrepreneurs' obstacles and the public's barriers to starting an activity", () => {
		const page = obstaclesPage(catalog);
		expect(page.entrepreneurs?.bars.map((b) => b.value)).toEqual([43, 19]);
		expect(page.public?.bars.map((b) => b.value)).toEqual([40, 36]);
		expect(page.public?.year).toBe(2017);
	});

	it('show the tech-for-good gaps per domain and for associating digital with social entrepreneurship', () => {
		const page = techForGoodPage(catalog);
		expect(page.domains.rows.map((r) => [r.label, r.a.value, r.b.value, r.gap.delta])).toEqual([
			['Éducation', 88, 69, 19],
			['Emploi', 82, 66, 16],
			['Autonomie et vieillissement', 70, 56, 14]
		]);
		expect(page.association.rows.map((r) => r.gap.delta)).toEqual([25]);
	});

	it('give each question its own page with the trend, the bars of each population and the gaps by year', () => {
		const page = questionPage(catalog, 'priority_problems')!;
		expect(page.question.label).toBe(
			'Problèmes sociétaux (sociaux/environnementaux) à résoudre en priorité'
		);
		expect(page.bars.map((b) => [b.population, b.year])).toEqual([
			['entrepreneurs', 2020],
			['public', 2020]
		]);
		expect(page.gaps.map((g) => g.rows.map((r) => r.label))).toEqual([
			['Changement climatique'],
			['Changement climatique'],
			['Changement climatique', 'Chômage'],
			['Changement climatique']
		]);
		expect(questionPage(catalog, 'nope')).toBeNull();
	});
});
