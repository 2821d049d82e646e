import { describe, expect, it } from 'vitest';
import { awarenessTrend, digitalDumbbell, obstaclesBars } from '../../charts/test/fixtures';
import { readNumber } from '../../data/cellValues';
import { parseCsv } from '../../data/parseCsv';
import { chartCsv, estimateCsvColumns, gapCsvColumns } from './chartCsv';

/** The CSV read back by the project's parser, as objects of strings. */
function readBack(csv: string) {
	const parsed = parseCsv(csv);
	return parsed.rows.map((row) =>
		Object.fromEntries(parsed.header.cells.map((name, index) => [name, row.cells[index]]))
	);
}

describe('chartCsv', () => {
	it('writes a French trend with a BOM, ";" and decimal commas, one row per estimate', () => {
		const csv = chartCsv('fr', { kind: 'trend', view: awarenessTrend('fr') });
		expect(csv.split('\r\n')[0]).toBe(`\ufeff${estimateCsvColumns.join(';')}`);
		const rows = readBack(csv);
		expect(rows.map((row) => row.year)).toEqual(['2012', '2013', '2016', '2017', '2018', '2020']);
		expect(rows[2]).toMatchObject({
			population: 'public',
			population_label: 'Grand public',
			answer: "Connaît l'économie sociale et solidaire",
			pct: '61',
			ci_low: '57,96',
			ci_high: '63,96',
			base: '1011',
			base_assumed: 'yes',
			delta: '-3',
			change_from_year: '2013',
			change_ci_low: '-7,21',
			change_p_value: '0,1645',
			verdict: 'not_significant'
		});
		expect(rows[0]).toMatchObject({ ci_low: '', base: '', delta: '' });
	});

	it('writes the English form with the same column names, "," and points', () => {
		const csv = chartCsv('en', { kind: 'trend', view: awarenessTrend('en') });
		expect(csv.split('\r\n')[0]).toBe(`\ufeff${estimateCsvColumns.join(',')}`);
		expect(readBack(csv)[2]).toMatchObject({ ci_low: '57.96', change_ci_low: '-7.21' });
	});

	it('writes the bars in rank order, the derived one flagged, numbers that read back', () => {
		const view = obstaclesBars('fr');
		const rows = readBack(chartCsv('fr', { kind: 'bars', view }));
		expect(rows.map((row) => row.answer)).toEqual([
			'Manque de moyens financiers',
			'Manque de partenariats avec des entreprises classiques'
		]);
		expect(rows[1]).toMatchObject({ derived: 'yes', delta: '-8', pct: '19' });
		expect(rows.map((row) => readNumber(row.ci_high))).toEqual(
			view.bars.map((bar) => ({ ok: true, value: bar.ciHigh }))
		);
	});

	it('writes one row per gap with both samples', () => {
		const csv = chartCsv('fr', { kind: 'gaps', view: digitalDumbbell('fr') });
		expect(csv.split('\r\n')[0]).toBe(`\ufeff${gapCsvColumns.join(';')}`);
		expect(readBack(csv)[0]).toMatchObject({
			answer: 'Éducation',
			year: '2017',
			population_a: 'entrepreneurs',
			pct_a: '88',
			ci_low_a: '79,58',
			population_b: 'public',
			pct_b: '69',
			gap: '19',
			gap_ci_low: '10,16',
			gap_ci_high: '24,96'
		});
	});

	it('keeps a hostile label as text: a leading "=" behind an apostrophe, markup as it is', () => {
		const view = obstaclesBars('fr');
		view.bars[0] = { ...view.bars[0], label: '=HYPERLINK("http://evil.example","x")' };
		view.bars[1] = { ...view.bars[1], label: '<img src=x onerror=alert(1)>' };
		const rows = readBack(chartCsv('fr', { kind: 'bars', view }));
		expect(rows[0].answer).toBe('\'=HYPERLINK("http://evil.example","x")');
		expect(rows[1].answer).toBe('<img src=x onerror=alert(1)>');
	});

	it('is the header alone for a chart without figures', () => {
		const csv = chartCsv('en', {
			kind: 'trend',
			view: { id: 'x', title: 'x', years: [], series: [] }
		});
		expect(csv).toBe(`\ufeff${estimateCsvColumns.join(',')}\r\n`);
	});
});
