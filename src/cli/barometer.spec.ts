import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from './barometer';

async function barometer(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await run(
		args,
		(text) => out.push(text),
		(text) => err.push(text)
	);
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A copy of the bundled contract with one broken wave file. */
function brokenFolder(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'barometer-'));
	writeFileSync(
		path.join(folder, 'waves.csv'),
		'year,population,sample_size,fieldwork_start,fieldwork_end,method,source\n2017,public,1071,2017-09-13,2017-09-14,CAWI,report\n'
	);
	writeFileSync(
		path.join(folder, 'questions.csv'),
		'question_id,theme,kind,label_fr,label_en\ndigital_social_link,tech_for_good,single,Associez-vous…,Do you associate…\n'
	);
	writeFileSync(
		path.join(folder, 'answers.csv'),
		'question_id,answer_id,label_fr,label_en,order\ndigital_social_link,yes,Oui,Yes,1\n'
	);
	mkdirSync(path.join(folder, '2017'));
	writeFileSync(
		path.join(folder, '2017', 'public.csv'),
		'question_id;answer_id;pct\ndigital_social_link;yes;35 %\ndigital_socal_link;yes;36\n'
	);
	return folder;
}

describe('barometer validate', () => {
	it('passes the bundled data with exit code 0 and a count of every row', async () => {
		const { code, stdout } = await barometer('validate');
		expect(code).toBe(0);
		expect(stdout).toBe(
			'data: 25 files, 260 data rows: 260 loaded, 0 rejected; 0 errors, 0 warnings'
		);
	});

	it('reports bad input as file:line:column with exit code 1', async () => {
		const folder = brokenFolder();
		const { code, stdout } = await barometer('validate', folder);
		expect(code).toBe(1);
		expect(stdout.split('\n')).toEqual([
			`${folder}/2017/public.csv:3:1: error: question_id: unknown "digital_socal_link", not in questions.csv (did you mean "digital_social_link"?)`,
			...[
				'charts.csv: warning: missing file: without charts.csv, the site has no theme pages',
				'methodology_en.txt: warning: missing file: without methodology_en.txt, the methodology page has no text of its own in English',
				'methodology_fr.txt: warning: missing file: without methodology_fr.txt, the methodology page has no text of its own in French',
				'populations.csv: warning: missing file: without populations.csv, the population ids are shown as their names',
				"site.csv: warning: missing file: without site.csv, the site's title, lead and footer are neutral words",
				'themes.csv: warning: missing file: without themes.csv, the theme ids are shown as their names'
			].map((line) => `${folder}/${line.replace(': ', ':1:1: ')}`),
			`${folder}: 4 files, 5 data rows: 4 loaded, 1 rejected; 1 error, 6 warnings`
		]);
	});

	it('says so in one line when the folder does not exist', async () => {
		expect(await barometer('validate', '/nonexistent/data')).toEqual({
			code: 1,
			stdout: '',
			stderr: '/nonexistent/data:1:1: error: cannot read the data folder (ENOENT)'
		});
	});

	it('refuses an unknown command with the usage and exit code 2', async () => {
		const { code, stderr } = await barometer('publish');
		expect(code).toBe(2);
		expect(stderr).toMatch(/^barometer: unknown command "publish"\nUsage: barometer/);
	});
});

describe('barometer summary', () => {
	it('prints a table by theme with ▲▼ on significant changes', async () => {
		const { code, stdout } = await barometer('summary');
		expect(code).toBe(0);
		expect(stdout).toContain('== Awareness ==');
		expect(stdout).toContain('== Tech for good ==');
		expect(stdout).toMatch(/public: Chômage\s+54%\s+41%▼\s+34%▼\s+48%▲/);
	});

	it('prints one JSON object of the documented shape, sorted, in percent units', async () => {
		const { code, stdout } = await barometer('summary', 'data', '--json');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(Object.keys(summary)).toEqual(['waves', 'estimates', 'changes', 'gaps']);
		expect(summary.waves).toContainEqual(
			expect.objectContaining({
				year: 2017,
				population: 'entrepreneurs',
				sample_size: 88,
				edition: 'Baromètre 2018',
				fieldwork_start: '2017-09-13',
				fieldwork_end: '2017-10-15',
				design_effect: 1,
				parent: null
			})
		);
		const estimate = summary.estimates.find(
			(e: { year: number; population: string; question_id: string }) =>
				e.year === 2017 &&
				e.population === 'entrepreneurs' &&
				e.question_id === 'digital_social_link'
		);
		expect(estimate).toEqual(
			expect.objectContaining({
				answer_id: 'yes',
				pct: 60,
				base: 88,
				base_assumed: true,
				derived: false,
				approximate: false
			})
		);
		expect(estimate.ci_low).toBeCloseTo(49.55377289415968, 9);
		const change = summary.changes.find(
			(c: { population: string; question_id: string; answer_id: string; to_year: number }) =>
				c.population === 'public' &&
				c.question_id === 'priority_problems' &&
				c.answer_id === 'unemployment' &&
				c.to_year === 2017
		);
		expect(change).toEqual(
			expect.objectContaining({
				from_year: 2016,
				from_pct: 54,
				to_pct: 41,
				delta: -13,
				verdict: 'significant'
			})
		);
		expect(change.z).toBeCloseTo(-5.93788078758315, 9);
		const gap = summary.gaps.find(
			(g: { question_id: string }) => g.question_id === 'digital_social_link'
		);
		expect(gap).toEqual(
			expect.objectContaining({
				year: 2017,
				population_a: 'entrepreneurs',
				population_b: 'public',
				pct_a: 60,
				pct_b: 35,
				gap: 25,
				verdict: 'significant'
			})
		);
		type Row = { year: number; population: string; question_id: string; answer_id: string };
		const byKey = (a: Row, b: Row) =>
			a.year - b.year ||
			a.population.localeCompare(b.population) ||
			a.question_id.localeCompare(b.question_id) ||
			a.answer_id.localeCompare(b.answer_id);
		expect(summary.estimates).toEqual([...summary.estimates].sort(byKey));
	});

	it('gives a change across a series break no numbers and no verdict, and marks the estimate', async () => {
		const summary = JSON.parse((await barometer('summary', 'data', '--json')).stdout);
		type Row = { population: string; question_id: string; answer_id: string };
		const financial = (row: Row) =>
			row.population === 'entrepreneurs' &&
			row.question_id === 'partnership_expectations' &&
			row.answer_id === 'financial_support';
		expect(summary.changes.filter(financial)).toEqual([
			{
				population: 'entrepreneurs',
				question_id: 'partnership_expectations',
				answer_id: 'financial_support',
				from_year: 2016,
				to_year: 2017,
				from_pct: 71,
				to_pct: 48,
				delta: null,
				ci_low: null,
				ci_high: null,
				z: null,
				p_value: null,
				verdict: 'not_comparable',
				published_delta: null
			}
		]);
		expect(
			summary.estimates
				.filter(financial)
				.map((e: { year: number; break: boolean }) => [e.year, e.break])
		).toEqual([
			[2016, false],
			[2017, true]
		]);
		const table = (await barometer('summary', 'data')).stdout;
		expect(table).toContain('| series break (not comparable with the previous wave)');
		expect(table).toMatch(/entrepreneurs: Soutien financier\s+71% {3}\s+48%\|/);
	});

	it('makes unknown n null in intervals, z and p-values', async () => {
		const summary = JSON.parse((await barometer('summary', '--json')).stdout);
		const unknown = summary.changes.find(
			(c: { population: string; to_year: number }) =>
				c.population === 'public' && c.to_year === 2013
		);
		expect(unknown).toEqual(
			expect.objectContaining({
				ci_low: null,
				ci_high: null,
				z: null,
				p_value: null,
				verdict: 'untestable'
			})
		);
	});

	it('prints the report on stderr and no JSON at all when the data is invalid', async () => {
		const result = await barometer('summary', brokenFolder(), '--json');
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(
			/2017\/public\.csv:3:1: error: question_id: unknown "digital_socal_link"/
		);
	});
});

describe('the barometer bin', () => {
	it('runs as npx barometer, with the exit code of the command', async () => {
		const { stdout } = await promisify(execFile)('npx', ['barometer', 'validate', 'data']);
		expect(stdout.trim()).toBe(
			'data: 25 files, 260 data rows: 260 loaded, 0 rejected; 0 errors, 0 warnings'
		);
		await expect(
			promisify(execFile)('npx', ['barometer', 'validate', brokenFolder()])
		).rejects.toMatchObject({ code: 1 });
	}, 30_000);
});
