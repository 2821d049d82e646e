import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog';
import { breakCatalog, emptyCatalog, sampleCatalog, sampleDataset } from '../fixtures';
import { readNumber } from '../../data/cellValues';
import { BYTE_ORDER_MARK } from '../../exports/exportCsv';
import { csvColumns, dataCsv, dataCsvRecords } from './dataCsv';

/** The CSV read back: its header and its rows as objects of strings. */
function readBack(csv: string, delimiter = ';') {
	expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
	const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
		header: true,
		delimiter,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed;
}

/** The sample with one figure's answer label, note and source replaced by hostile text. */
function withHostileFigure(): Catalog {
	const dataset = sampleDataset();
	const figures = dataset.figures.map((f) =>
		f.year === 2017 &&
		f.population === 'public' &&
		f.questionId === 'awareness_terms' &&
		f.answerId === 'sse'
			? {
					...f,
					labelEn: '=HYPERLINK("http://evil.example","click")',
					note: '+1 line\nthen "quoted", with commas',
					source: 'javascript:alert(1)'
				}
			: f
	);
	return sampleCatalog('en', { ...dataset, figures });
}

describe('dataCsv', () => {
	const french = sampleCatalog('fr');
	const csv = dataCsv(french);
	const parsed = readBack(csv);

	it('starts with a byte order mark and the header row, the French way with ";"', () => {
		expect(csv.split('\r\n')[0]).toBe(`${BYTE_ORDER_MARK}${csvColumns.join(';')}`);
		expect(parsed.meta.fields).toEqual([...csvColumns]);
	});

	it('has one row per estimate and per change-only figure, ends each line with CRLF', () => {
		expect(parsed.data).toHaveLength(french.analysis.estimates.length + 1);
		expect(parsed.data).toHaveLength(24);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n(?=\d{4};)/);
	});

	it('writes raw unrounded numbers with a decimal comma in French, and the change as delta, in points', () => {
		const row = parsed.data.find(
			(r) =>
				r.year === '2016' &&
				r.population === 'public' &&
				r.question_id === 'awareness_terms' &&
				r.answer_id === 'sse'
		);
		const estimate = french.estimate('public', 'awareness_terms', 'sse', 2016);
		const change = french.changeTo('public', 'awareness_terms', 'sse', 2016);
		expect(row).toMatchObject({
			pct: '61',
			base: '1000',
			base_assumed: 'yes',
			derived: 'no',
			approximate: 'no',
			delta: '-3',
			change_from_year: '2013',
			verdict: 'not_significant',
			source: ''
		});
		expect(row?.ci_low).toBe(String(estimate?.ciLow).replace('.', ','));
		expect(readNumber(row?.ci_low ?? '')).toEqual({ ok: true, value: estimate?.ciLow });
		expect(row?.change_ci_high).toBe(String(change?.ciHigh).replace('.', ','));
		expect(readNumber(row?.change_p_value ?? '')).toEqual({ ok: true, value: change?.pValue });
		expect(row?.ci_low).toMatch(/^\d+,\d{6,}$/);
	});

	it('gives a change across a series break its verdict, not_comparable, and no numbers', () => {
		const row = dataCsvRecords(breakCatalog('en')).find(
			(r) =>
				r.year === 2017 && r.population === 'public' && r.answer_id === 'social_entrepreneurship'
		);
		expect(row).toMatchObject({
			pct: 35,
			delta: null,
			change_from_year: 2016,
			change_ci_low: null,
			change_ci_high: null,
			change_p_value: null,
			verdict: 'not_comparable'
		});
	});

	it('leaves the cells of unknown values empty, never 0', () => {
		const row = parsed.data.find(
			(r) =>
				r.year === '2012' &&
				r.population === 'public' &&
				r.question_id === 'awareness_terms' &&
				r.answer_id === 'sse'
		);
		expect(row).toMatchObject({
			pct: '50',
			ci_low: '',
			ci_high: '',
			base: '',
			base_assumed: 'no',
			delta: '',
			verdict: ''
		});
	});

	it("writes the labels in the page's language, accents intact", () => {
		expect(parsed.data[0]).toMatchObject({
			question: 'Question awareness_terms',
			answer: 'Réponse sse'
		});
		expect(
			parsed.data.find((r) => r.year === '2017' && r.answer_id === 'social_entrepreneurship')
				?.answer
		).toBe('Entrepreneuriat social (libellé 2017)');
		const english = readBack(dataCsv(sampleCatalog('en')), ',');
		expect(english.data[0]).toMatchObject({ question: 'Question awareness_terms (en)' });
		expect(english.data.find((r) => r.ci_low !== '')?.ci_low).toMatch(/^\d+\.\d+$/);
	});

	it('keeps a negative number a number, without an apostrophe', () => {
		const records = dataCsvRecords(french);
		expect(records.some((r) => typeof r.delta === 'number' && r.delta < 0)).toBe(true);
		expect(csv).toMatch(/;-3;2013;/);
	});

	it('protects a label beginning with "=", quotes a note with a line break, quotes and commas', () => {
		const hostile = readBack(dataCsv(withHostileFigure()), ',');
		const row = hostile.data.find(
			(r) => r.year === '2017' && r.population === 'public' && r.answer_id === 'sse'
		);
		expect(row?.answer).toBe('\'=HYPERLINK("http://evil.example","click")');
		expect(row?.note).toBe('\'+1 line\nthen "quoted", with commas');
		expect(row?.source).toBe('javascript:alert(1)');
		expect(hostile.data).toHaveLength(24);
	});

	it('keeps a figure published only as a change: empty level cells, the published delta, no test', () => {
		const rows = parsed.data.filter((r) => r.pct === '');
		expect(rows).toEqual([
			{
				year: '2016',
				population: 'public',
				question_id: 'awareness_terms',
				answer_id: 'social_entrepreneur',
				question: 'Question awareness_terms',
				answer: 'Réponse social_entrepreneur',
				pct: '',
				ci_low: '',
				ci_high: '',
				base: '',
				base_assumed: 'no',
				derived: 'no',
				approximate: 'no',
				delta: '7',
				change_from_year: '2013',
				change_ci_low: '',
				change_ci_high: '',
				change_p_value: '',
				verdict: '',
				note: 'Level not published; change only.',
				source: ''
			}
		]);
		// In the table's order: after the answer before it, before the next question.
		const index = parsed.data.indexOf(rows[0]);
		expect(parsed.data[index - 1]).toMatchObject({ answer_id: 'social_entrepreneurship' });
		expect(parsed.data[index + 1]).toMatchObject({ question_id: 'obstacles_development' });
	});

	it('writes a negative published change as a number, and its base when given', () => {
		const dataset = sampleDataset();
		const figures = dataset.figures.map((f) =>
			f.answerId === 'social_entrepreneur' ? { ...f, deltaPts: -4, base: 500 } : f
		);
		const row = dataCsvRecords(sampleCatalog('en', { ...dataset, figures })).find(
			(r) => r.answer_id === 'social_entrepreneur'
		);
		expect(row).toMatchObject({ pct: null, base: 500, delta: -4, change_from_year: 2013 });
	});

	it('has the header alone, for data without estimates', () => {
		expect(dataCsv(emptyCatalog('fr'))).toBe(`${BYTE_ORDER_MARK}${csvColumns.join(';')}\r\n`);
		expect(dataCsv(emptyCatalog('en'))).toBe(`${BYTE_ORDER_MARK}${csvColumns.join(',')}\r\n`);
	});
});
