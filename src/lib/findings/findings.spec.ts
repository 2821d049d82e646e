import { describe, expect, it } from 'vitest';
import { moveWord } from '../i18n/moveWords';
import { bundledCatalog } from '../server/bundledCatalog';
import { findings, FINDINGS_PER_THEME } from './findings';
import type { Finding } from './types';

const french = bundledCatalog('fr');
const english = bundledCatalog('en');

const find = (list: Finding[], questionId: string, answerId: string, population: string) =>
	list.find(
		(f) =>
			f.kind !== 'gap' &&
			f.questionId === questionId &&
			f.answerId === answerId &&
			f.population === population
	);

describe('findings on the bundled data', () => {
	it("calls the public's concern for unemployment 2016→2017 (−13 pts) a fall, in both languages", () => {
		const fr = find(
			findings(french, { year: 2017 }),
			'priority_problems',
			'unemployment',
			'public'
		);
		expect(fr).toMatchObject({
			theme: 'problems_to_solve',
			kind: 'change',
			year: 2017,
			fromYear: 2016,
			pct: 41,
			delta: -13,
			verdict: 'significant'
		});
		expect(fr?.text).toContain(
			", en recul de 13\u00a0points depuis 2016 (au-delà de la marge d'erreur)."
		);
		expect(moveWord('fr', fr!.text)?.direction).toBe('fall');
		const en = find(
			findings(french, { year: 2017, lang: 'en' }),
			'priority_problems',
			'unemployment',
			'public'
		);
		expect(en?.text).toContain(
			', a fall of 13\u00a0points since 2016 (beyond the margin of error).'
		);
		expect(moveWord('en', en!.text)?.direction).toBe('fall');
	});

	it("keeps the entrepreneurs' impact measurement 57 → 63 % (2016→2017) stable, within the margin", () => {
		for (const catalog of [french, english]) {
			const finding = find(
				findings(catalog, { year: 2017 }),
				'impact_measurement_started',
				'yes',
				'entrepreneurs'
			);
			expect(finding).toMatchObject({
				fromYear: 2016,
				pct: 63,
				delta: 6,
				verdict: 'not_significant'
			});
			expect(moveWord(catalog.lang, finding!.text)).toBe(null);
		}
		const [fr, en] = [french, english].map(
			(catalog) =>
				find(findings(catalog), 'impact_measurement_started', 'yes', 'entrepreneurs')!.text
		);
		expect(fr).toMatch(
			/^Mesure de l'impact social de son activité, 2017\u00a0: «\u00a0Oui\u00a0» pour 63\u00a0% /
		);
		expect(fr).toMatch(/, stable depuis 2016 \(\+6\u00a0pts, dans la marge d'erreur\)\.$/);
		expect(en).toMatch(/, stable since 2016 \(\+6\u00a0pts, within the margin of error\)\.$/);
	});

	it('leads with the fall of ESS awareness 2018→2020 (−21 pts), by default the latest wave', () => {
		const [first] = findings(french);
		expect(first).toMatchObject({
			theme: 'awareness',
			kind: 'change',
			questionId: 'awareness_terms',
			answerId: 'sse',
			population: 'public',
			year: 2020,
			fromYear: 2018,
			pct: 47,
			delta: -21,
			verdict: 'significant',
			populationB: null,
			pctB: null,
			gap: null
		});
		expect(first.text).toMatch(
			/^En 2020, 47\u00a0% .* a déjà entendu parler du terme «\u00a0Économie sociale et solidaire \(ESS\)\u00a0», en recul de 21\u00a0points depuis 2018 \(au-delà de la marge d'erreur\)\.$/
		);
		expect(findings(english)[0].text).toMatch(
			/, a fall of 21\u00a0points since 2018 \(beyond the margin of error\)\.$/
		);
	});

	it('writes a question without a template from its labels, and an untestable change says why', () => {
		const finding = find(
			findings(french),
			'social_entrepreneur_definition',
			'general_interest_project',
			'public'
		);
		expect(finding).toMatchObject({ year: 2013, fromYear: 2012, verdict: 'untestable' });
		expect(finding?.text).toBe(
			"Définition d'un entrepreneur social «\u00a0Un chef d'entreprise qui met ses qualités d'entrepreneur au service d'un projet d'intérêt général\u00a0» — Grand public, 2013\u00a0: 71\u00a0%, contre environ 66\u00a0% en 2012 (n inconnu\u00a0: pas de test)."
		);
	});

	it('states a gap between the two populations, with its verdict', () => {
		const gap = findings(french).find(
			(f) => f.kind === 'gap' && f.questionId === 'digital_social_link'
		);
		expect(gap).toMatchObject({
			population: 'entrepreneurs',
			populationB: 'public',
			year: 2017,
			pct: 60,
			pctB: 35,
			gap: 25,
			delta: null,
			fromYear: null,
			verdict: 'significant'
		});
		expect(gap?.text).toBe(
			"Associez-vous le numérique à l'entrepreneuriat social ? «\u00a0Oui\u00a0», 2017\u00a0: 60\u00a0% (Entrepreneurs sociaux) contre 35\u00a0% (Grand public), un écart de 25\u00a0points (au-delà de la marge d'erreur).".replace(
				' ?',
				'\u202f?'
			)
		);
	});

	it('says a change across a series break is not comparable, without a move or a figure', () => {
		for (const catalog of [french, english]) {
			const finding = find(
				findings(catalog, { year: 2017 }),
				'partnership_expectations',
				'financial_support',
				'entrepreneurs'
			);
			expect(finding).toMatchObject({
				fromYear: 2016,
				pct: 48,
				delta: null,
				verdict: 'not_comparable'
			});
			expect(moveWord(catalog.lang, finding!.text)).toBe(null);
			expect(finding!.text).not.toContain('71');
		}
		expect(
			find(
				findings(french, { year: 2017 }),
				'partnership_expectations',
				'financial_support',
				'entrepreneurs'
			)?.text
		).toBe(
			'Attentes vis-à-vis des partenariats «\u00a0Soutien financier\u00a0» — Entrepreneurs sociaux, 2017\u00a0: 48\u00a0%, non comparable avec 2016 (rupture de série).'
		);
	});

	it("gives every change and gap the analysis' own verdict, in every year", () => {
		const { changes, gaps } = french.analysis;
		for (const year of [2012, 2013, 2015, 2016, 2017, 2018, 2020])
			for (const finding of findings(french, { year, perTheme: 1000 })) {
				if (finding.kind === 'change') {
					const change = changes.find(
						(c) =>
							c.population === finding.population &&
							c.questionId === finding.questionId &&
							c.answerId === finding.answerId &&
							c.toYear === finding.year
					);
					expect([finding.fromYear, finding.delta, finding.verdict]).toEqual([
						change?.fromYear,
						change?.delta,
						change?.verdict
					]);
				}
				if (finding.kind === 'gap') {
					const gap = gaps.find(
						(g) =>
							g.year === year &&
							g.questionId === finding.questionId &&
							g.answerId === finding.answerId
					);
					expect([finding.gap, finding.verdict]).toEqual([gap?.delta, gap?.verdict]);
				}
			}
	});

	it('orders each theme as an editor would, at most a handful, themes in the order of questions.csv', () => {
		const list = findings(french, { year: 2017 });
		const themes = [...new Set(list.map((f) => f.theme))];
		const questionThemes = [...new Set(french.dataset.questions.map((q) => q.theme))];
		expect(themes).toEqual(questionThemes.filter((theme) => themes.includes(theme)));
		const rank = (f: Finding) => (f.verdict !== 'significant' ? 2 : f.kind === 'change' ? 0 : 1);
		for (const theme of themes) {
			const ofTheme = list.filter((f) => f.theme === theme);
			expect(ofTheme.length).toBeLessThanOrEqual(FINDINGS_PER_THEME);
			const ranks = ofTheme.map(rank);
			expect(ranks).toEqual([...ranks].sort());
		}
		expect(
			list
				.filter((f) => f.theme === 'problems_to_solve')
				.map((f) => [f.kind, f.answerId, f.delta ?? f.gap])
		).toEqual([
			['change', 'unemployment', -13],
			['change', 'climate_change', 6],
			['gap', 'climate_change', 26],
			['change', 'climate_change', 5],
			['change', 'social_cohesion', -10]
		]);
	});

	it('writes nothing for a year without figures', () => {
		expect(findings(french, { year: 2014 })).toEqual([]);
	});
});
