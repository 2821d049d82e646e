import { describe, expect, it } from 'vitest';
import { formatIssue } from '../formatIssue';
import { readTable } from '../readTable';
import { schema } from '../schema';
import type { ChartsContext } from './validateCharts';
import { validateCharts } from './validateCharts';

const context: ChartsContext = {
	themes: [{ id: 'giving', labelFr: 'Dons', labelEn: 'Giving', leadFr: null, leadEn: null }],
	questions: [
		{
			id: 'gave',
			theme: 'giving',
			kind: 'single',
			labelFr: 'A donné',
			labelEn: 'Gave',
			noteFr: null,
			noteEn: null,
			headline: false
		}
	],
	answers: [
		{ questionId: 'gave', id: 'yes', labelFr: 'Oui', labelEn: 'Yes', order: 1 },
		{ questionId: 'gave', id: 'no', labelFr: 'Non', labelEn: 'No', order: 2 }
	],
	populations: [
		{ id: 'volunteers', labelFr: 'Bénévoles', labelEn: 'Volunteers', parent: null },
		{ id: 'adults', labelFr: 'Adultes', labelEn: 'Adults', parent: null },
		{ id: 'adults_young', labelFr: 'Jeunes', labelEn: 'Young', parent: 'adults' }
	]
};
const read = (rows: string) =>
	validateCharts(
		readTable(
			'charts.csv',
			new TextEncoder().encode(
				`chart_id,theme,kind,question_id,answers,populations,year,order\n${rows}`
			),
			schema.charts
		),
		'charts.csv',
		context
	);

describe('validateCharts', () => {
	it('reads answers and populations as lists, in order', () => {
		expect(
			read('b,giving,bars,gave,yes,adults,2019,2\na,giving,trend,gave,,,,1\n').records
		).toEqual([
			expect.objectContaining({ id: 'a', kind: 'trend', answerIds: null, populations: null }),
			expect.objectContaining({
				id: 'b',
				kind: 'bars',
				answerIds: ['yes'],
				populations: ['adults'],
				year: 2019
			})
		]);
	});

	it('refuses an unknown question, answer or population, with the closest known one', () => {
		expect(
			read(
				'a,giving,trend,gav,,,,\nb,giving,trend,gave,yes maybe,,,\nc,giving,trend,gave,,adult,,\nd,giving,bars,gave,,,,\n'
			).issues.map(formatIssue)
		).toEqual([
			'charts.csv:2:4: error: question_id: unknown "gav", not in questions.csv (did you mean "gave"?)',
			'charts.csv:3:5: error: answers: unknown "maybe", not in answers.csv for question "gave"',
			'charts.csv:4:6: error: populations: unknown "adult", not in populations (did you mean "adults"?)',
			'charts.csv:5:6: error: populations: a bars chart shows exactly one population, none is given'
		]);
	});
});
