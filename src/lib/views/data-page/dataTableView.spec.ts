import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { dataTableView } from './dataTableView';
import { tableEntries } from './estimatesInTableOrder';

describe('dataTableView', () => {
	const catalog = sampleCatalog('fr');
	const view = dataTableView(catalog);
	const row = (key: string) => {
		const found = view.rows.find((r) => r.key === key);
		if (!found) throw new Error(`no row ${key}`);
		return found;
	};

	it('has one row per estimate and per change-only figure, each key once, numbered in order', () => {
		expect(view.rows).toHaveLength(catalog.analysis.estimates.length + 1);
		expect(view.rows).toHaveLength(24);
		expect(new Set(view.rows.map((r) => r.key)).size).toBe(24);
		expect(view.rows.map((r) => r.order)).toEqual(view.rows.map((_, index) => index));
	});

	it('lists the rows in the default order: theme, question, answer, population, year', () => {
		expect(view.rows.map((r) => r.key)).toEqual(
			tableEntries(catalog).map((entry) => {
				const e = entry.kind === 'estimate' ? entry.estimate : entry.figure;
				return [e.population, e.questionId, e.answerId, e.year].join('/');
			})
		);
		expect(view.rows.slice(0, 2).map((r) => [r.key, r.label])).toEqual([
			['public/awareness_terms/sse/2012', 'Réponse sse'],
			['public/awareness_terms/sse/2013', 'Réponse sse']
		]);
	});

	it('gives a row its change from the previous wave, its note and its source split into links', () => {
		expect(row('public/awareness_terms/sse/2017')).toMatchObject({
			value: 63,
			base: 1000,
			baseAssumed: true,
			smallBase: false,
			change: { fromYear: 2016, delta: 2, verdict: 'not_significant' },
			note: null,
			source: [{ kind: 'link', href: 'https://example.org/2017' }]
		});
		expect(row('public/barriers_to_creation/money/2017')).toMatchObject({
			note: 'Population uncertain (ambiguity 4).',
			source: []
		});
	});

	it('gives a figure published only as a change a row: no value, its published change', () => {
		expect(row('public/awareness_terms/social_entrepreneur/2016')).toMatchObject({
			value: null,
			ciLow: null,
			ciHigh: null,
			base: null,
			change: null,
			publishedChange: { delta: 7, fromYear: 2013 },
			populationLabel: 'Grand public',
			label: 'Réponse social_entrepreneur',
			question: 'Question awareness_terms',
			note: 'Level not published; change only.'
		});
		expect(view.rows.filter((r) => r.value === null).map((r) => r.key)).toEqual([
			'public/awareness_terms/social_entrepreneur/2016'
		]);
		expect(row('public/awareness_terms/sse/2017').publishedChange).toBeNull();
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

	it('carries the Wilson interval of 60 % at n = 90', () => {
		const digital = row('entrepreneurs/digital_social_link/yes/2017');
		// statsmodels proportion_confint(54, 90, method='wilson') → (0.4967030…, 0.6951098…)
		expect(digital.ciLow).toBeCloseTo(49.67030736, 6);
		expect(digital.ciHigh).toBeCloseTo(69.51098012, 6);
	});

	it('flags derived and approximate figures', () => {
		expect(row('entrepreneurs/obstacles_development/partners/2017').derived).toBe(true);
		expect(row('public/digital_social_link/yes/2013').approximate).toBe(true);
		expect(row('public/digital_social_link/yes/2017')).toMatchObject({
			derived: false,
			approximate: false
		});
	});

	it('offers the populations and the questions that have rows, in order', () => {
		expect(view.populations).toEqual([
			{ id: 'entrepreneurs', label: 'Entrepreneurs sociaux' },
			{ id: 'public', label: 'Grand public' },
			{ id: 'public_18_24', label: '18–24 ans' }
		]);
		expect(view.questions.map((q) => q.id)).toEqual([
			'awareness_terms',
			'obstacles_development',
			'barriers_to_creation',
			'digital_social_link',
			'digital_useful_domains'
		]);
		expect(view.questions[0]).toEqual({ id: 'awareness_terms', label: 'Question awareness_terms' });
	});

	it('speaks English in English', () => {
		expect(dataTableView(sampleCatalog('en')).rows[0]).toMatchObject({
			question: 'Question awareness_terms (en)',
			populationLabel: 'General public'
		});
	});

	it('never makes a link of a javascript: source', () => {
		const dataset = sampleDataset();
		const figures = dataset.figures.map((f) =>
			f.year === 2017 && f.questionId === 'barriers_to_creation' && f.population === 'public_18_24'
				? { ...f, source: 'javascript:alert(document.cookie)' }
				: f
		);
		const rows = dataTableView(sampleCatalog('fr', { ...dataset, figures })).rows.filter(
			(r) => r.population === 'public_18_24'
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].source).toEqual([{ kind: 'text', text: 'javascript:alert(document.cookie)' }]);
	});

	it('has no rows and no filter choices without estimates', () => {
		expect(dataTableView(emptyCatalog('fr'))).toEqual({ rows: [], populations: [], questions: [] });
	});
});
