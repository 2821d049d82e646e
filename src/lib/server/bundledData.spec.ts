import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDataset, type Analysis } from '../analysis/analyseDataset';
import type { Dataset } from '../data/types';
import { validateDataset, type ValidationResult } from '../data/validateDataset';
import { readDataFolder } from './readDataFolder';

/** The publisher's figures as gathered in data/sources/published_figures.csv (copied from ../shared). */
interface PublishedRow {
	survey_year: string;
	population: string;
	theme: string;
	answer_fr: string;
	pct: string;
	delta_pts: string;
	delta_vs_year: string;
	derived: string;
	source: string;
}
const published = Papa.parse<PublishedRow>(
	readFileSync('data/sources/published_figures.csv', 'utf8'),
	{ header: true, skipEmptyLines: true }
).data;
const surveyRows = published.filter(
	(row) =>
		Number(row.survey_year) >= 2012 &&
		Number(row.survey_year) <= 2020 &&
		row.theme !== 'sample_composition'
);
const populationId = (population: string) =>
	population === 'jeunes_18-24' ? 'public_18_24' : population;
const numberOrNull = (text: string) => (text === '' ? null : Number(text));

let result: ValidationResult;
let dataset: Dataset;
let analysis: Analysis;
beforeAll(async () => {
	result = validateDataset(await readDataFolder('data'), 'data');
	dataset = result.dataset;
	analysis = analyseDataset(dataset);
});

describe('the bundled data', () => {
	it('validates with no error and no warning, every row loaded', () => {
		expect(result.issues).toEqual([]);
		for (const file of result.files) expect(file.rejected).toBe(0);
	});

	it('holds every published figure of 2012–2020: same year, population, answer, value, change, derived flag and source', () => {
		expect(surveyRows.length).toBe(120);
		const answerLabel = new Map(
			dataset.answers.map((answer) => [`${answer.questionId}/${answer.id}`, answer.labelFr])
		);
		const unmatched = surveyRows.filter((row) => {
			const matches = dataset.figures.filter(
				(figure) =>
					figure.year === Number(row.survey_year) &&
					figure.population === populationId(row.population) &&
					(figure.labelFr ?? answerLabel.get(`${figure.questionId}/${figure.answerId}`)) ===
						row.answer_fr &&
					figure.pct === numberOrNull(row.pct) &&
					figure.deltaPts === numberOrNull(row.delta_pts) &&
					figure.deltaVsYear === numberOrNull(row.delta_vs_year) &&
					figure.derived === (row.derived === 'yes') &&
					figure.source === row.source
			);
			return matches.length !== 1;
		});
		expect(unmatched).toEqual([]);
		expect(dataset.figures).toHaveLength(surveyRows.length);
	});

	it('leaves out the 2008 point, whose origin is unclear', () => {
		expect(published.some((row) => row.survey_year === '2008')).toBe(true);
		expect(dataset.figures.some((figure) => figure.year < 2012)).toBe(false);
	});

	it('holds the sample composition rows', () => {
		expect(dataset.composition).toContainEqual(
			expect.objectContaining({ year: 2017, population: 'entrepreneurs', variable: 'sex', pct: 37 })
		);
		expect(dataset.composition).toHaveLength(
			published.filter((row) => row.theme === 'sample_composition').length
		);
	});

	it('reproduces every published change within ±1 pt (derived figures aside)', () => {
		const level = new Map(
			dataset.figures.map((figure) => [
				`${figure.year}/${figure.population}/${figure.questionId}/${figure.answerId}`,
				figure
			])
		);
		const checked = dataset.figures
			.filter((figure) => figure.deltaPts !== null && figure.pct !== null)
			.flatMap((figure) => {
				const before = level.get(
					`${figure.deltaVsYear}/${figure.population}/${figure.questionId}/${figure.answerId}`
				);
				if (!before || before.pct === null || figure.derived || before.derived) return [];
				return [
					{
						at: `${figure.year} ${figure.questionId}/${figure.answerId}`,
						computed: figure.pct! - before.pct,
						published: figure.deltaPts!
					}
				];
			});
		expect(checked.map((change) => change.at).sort()).toEqual([
			'2016 hiring_plans/yes',
			'2017 hiring_plans/yes',
			'2017 impact_measurement_started/yes',
			'2017 priority_problems/unemployment',
			'2017 sse_motivations/start_own_activity',
			'2018 awareness_terms/social_entrepreneurship',
			'2018 partnerships_collaborates_with/public_authorities',
			'2018 priority_problems/climate_change'
		]);
		for (const change of checked)
			expect(Math.abs(change.computed - change.published), change.at).toBeLessThanOrEqual(1);
		const attached = analysis.changes.filter((change) => change.publishedDelta !== null);
		expect(attached.length).toBeGreaterThan(0);
		for (const change of attached)
			if (change.verdict !== 'not_comparable')
				expect(Math.abs(change.delta - change.publishedDelta!)).toBeLessThanOrEqual(1);
	});

	it('takes sample sizes from the methodology and leaves unknown ones empty', () => {
		const size = (year: number, population: string) =>
			dataset.waves.find((wave) => wave.year === year && wave.population === population)
				?.sampleSize;
		expect([
			size(2013, 'entrepreneurs'),
			size(2016, 'entrepreneurs'),
			size(2017, 'entrepreneurs'),
			size(2018, 'entrepreneurs'),
			size(2020, 'entrepreneurs')
		]).toEqual([63, 82, 88, 101, 87]);
		expect([
			size(2013, 'public'),
			size(2016, 'public'),
			size(2017, 'public'),
			size(2018, 'public'),
			size(2020, 'public')
		]).toEqual([1002, 1011, 1071, 1046, 1056]);
		expect([size(2012, 'public'), size(2015, 'entrepreneurs'), size(2017, 'public_18_24')]).toEqual(
			[null, null, null]
		);
	});

	it('gives the tech-for-good gap (60 % vs 35 %, n = 88 and 1,071) as significant', () => {
		const gap = analysis.gaps.find(
			(g) => g.year === 2017 && g.questionId === 'digital_social_link'
		);
		expect(gap).toMatchObject({
			populationA: 'entrepreneurs',
			populationB: 'public',
			pctA: 60,
			pctB: 35,
			delta: 25,
			verdict: 'significant'
		});
	});

	it('says n unknown for the 18–24 subgroup instead of inventing a band', () => {
		const young = analysis.estimates.filter((e) => e.population === 'public_18_24');
		expect(young.length).toBeGreaterThan(0);
		for (const estimate of young)
			expect([estimate.ciLow, estimate.ciHigh, estimate.effectiveN]).toEqual([null, null, null]);
	});
});
