import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../../analysis/analyseDataset';
import { bundledCatalog } from '../../server/bundledCatalog';
import { catalog as makeCatalog } from '../catalog';
import { dataTableView } from './dataTableView';
import { estimatesInTableOrder } from './estimatesInTableOrder';

describe('dataTableView', () => {
	const catalog = bundledCatalog('fr');
	const view = dataTableView(catalog);
	const row = (key: string) => {
		const found = view.rows.find((r) => r.key === key);
		if (!found) throw new Error(`no row ${key}`);
		return found;
	};

	it('has one row per estimate, each key once, numbered in order', () => {
		expect(view.rows).toHaveLength(catalog.analysis.estimates.length);
		expect(view.rows).toHaveLength(116);
		expect(new Set(view.rows.map((r) => r.key)).size).toBe(116);
		expect(view.rows.map((r) => r.order)).toEqual(view.rows.map((_, index) => index));
	});

	it('lists the rows in the default order: theme, question, answer, population, year', () => {
		expect(view.rows.map((r) => r.key)).toEqual(
			estimatesInTableOrder(catalog).map((e) =>
				[e.population, e.questionId, e.answerId, e.year].join('/')
			)
		);
		expect(view.rows.slice(0, 2).map((r) => [r.key, r.label])).toEqual([
			['public/awareness_terms/sse/2012', 'Économie sociale et solidaire (ESS)'],
			['public/awareness_terms/sse/2013', 'Économie sociale et solidaire (ESS)']
		]);
	});

	it("gives the 2017 public's unemployment 41 % its −13 pts change from 2016, significant", () => {
		expect(row('public/priority_problems/unemployment/2017')).toMatchObject({
			value: 41,
			base: 1071,
			baseAssumed: true,
			smallBase: false,
			change: { fromYear: 2016, delta: -13, verdict: 'significant' },
			note: 'Base year of -13 not explicit in the report; 2016 (54%) confirms it (ambiguity 1).',
			source: [{ kind: 'text', text: 'barometre-2018-tech-for-good.txt lines 72-73' }]
		});
	});

	it('has no interval and no base where n is unknown', () => {
		expect(row('public/awareness_terms/sse/2012')).toMatchObject({
			ciLow: null,
			ciHigh: null,
			base: null,
			baseAssumed: false,
			change: null
		});
	});

	it("carries the Wilson interval of the 2017 entrepreneurs' 60 % (n 88)", () => {
		const digital = row('entrepreneurs/digital_social_link/yes/2017');
		expect(digital.ciLow).toBeCloseTo(49.55, 1);
		expect(digital.ciHigh).toBeCloseTo(69.6, 1);
	});

	it('flags derived and approximate figures', () => {
		expect(row('entrepreneurs/effective_actors/social_entrepreneurs/2018').derived).toBe(true);
		expect(row('public/wants_to_work_social_entrepreneurship/yes/2017').approximate).toBe(true);
	});

	it('offers the populations and the questions that have rows', () => {
		expect(view.populations).toEqual([
			{ id: 'entrepreneurs', label: 'Entrepreneurs sociaux' },
			{ id: 'public', label: 'Grand public' },
			{ id: 'public_18_24', label: '18–24 ans' }
		]);
		expect(view.questions[0]).toEqual({
			id: 'awareness_terms',
			label: 'A déjà entendu parler du terme…'
		});
		expect(new Set(view.questions.map((q) => q.id)).size).toBe(view.questions.length);
		expect(view.questions.map((q) => q.id)).toEqual([
			...new Set(view.rows.map((r) => r.questionId))
		]);
	});

	it('speaks English in English', () => {
		const english = dataTableView(bundledCatalog('en'));
		expect(english.rows[0]).toMatchObject({
			question: 'Has already heard of the term…',
			populationLabel: 'General public'
		});
	});

	it('links only http(s) sources: every link of every row is http(s)', () => {
		const links = view.rows.flatMap((r) => r.source).filter((part) => part.kind === 'link');
		expect(links.length).toBeGreaterThan(20);
		expect(links.every((part) => part.kind === 'link' && /^https?:\/\//.test(part.href))).toBe(
			true
		);
	});

	it('never makes a link of a javascript: source', () => {
		const { dataset } = bundledCatalog('fr');
		const figures = dataset.figures.map((f) =>
			f.year === 2017 && f.questionId === 'hiring_plans'
				? { ...f, source: 'javascript:alert(document.cookie)' }
				: f
		);
		const hostile = { ...dataset, figures };
		const rows = dataTableView(makeCatalog(hostile, analyseDataset(hostile), 'fr')).rows.filter(
			(r) => r.year === 2017 && r.questionId === 'hiring_plans'
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].source).toEqual([{ kind: 'text', text: 'javascript:alert(document.cookie)' }]);
	});
});
