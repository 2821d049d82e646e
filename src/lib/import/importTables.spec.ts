import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	FIXTURE_POPULATION,
	FIXTURE_YEAR,
	fixtureBlocks,
	oneSheetRows,
	subgroupLabels,
	UNKNOWN_WORDING
} from '../../../scripts/import-fixtures/tables';
import { csvExportBytes } from '../../../scripts/import-fixtures/files';
import { validateDataset } from '../data/validateDataset';
import type { DataFile } from '../data/types';
import { readDataFolder } from '../server/readDataFolder';
import { importTables, type ImportOptions } from './importTables';
import { sheetFromCsv, type Sheet } from './sheet';
import { sheetsFromWorkbook } from './workbookSheets';

const fixtures = 'tests/fixtures/import';
const bundled = await readDataFolder('data');
const { dataset } = validateDataset(bundled, 'data');
const blocks = fixtureBlocks(dataset);
/** The bundled folder with the fixtures' label map: "18-24 ans" is the bundled public_18_24. */
const folder: DataFile[] = [
	...bundled,
	{
		name: 'label_map.csv',
		path: 'data/label_map.csv',
		bytes: readFileSync(`${fixtures}/label_map.csv`)
	}
];
const options: ImportOptions = {
	year: FIXTURE_YEAR,
	population: FIXTURE_POPULATION,
	fieldwork: null,
	acceptProposals: false,
	sources: ['tris.xlsx'],
	dataRoot: 'data',
	outRoot: 'out'
};
const workbook = (name: string) =>
	sheetsFromWorkbook(name, readFileSync(`${fixtures}/${name}`)).map((named) => named.sheet);
const csv = () => [sheetFromCsv('tris.csv', readFileSync(`${fixtures}/tris.csv`))];

function figuresOf(files: DataFile[], population: string) {
	const { dataset } = validateDataset(files, 'out');
	return dataset.figures
		.filter((f) => f.year === FIXTURE_YEAR && f.population === population)
		.map((f) => [f.questionId, f.answerId, f.pct, f.base, f.approximate] as const);
}

describe('importTables on the fixtures', () => {
	const outcome = importTables(workbook('tris.xlsx'), folder, options);

	it('writes a folder the validator accepts, with proposals waiting', () => {
		expect(outcome.exitCode).toBe(3);
		expect(outcome.files).not.toBeNull();
		const result = validateDataset(outcome.files!, 'out');
		expect(result.errorCount).toBe(0);
		// The folder's own rows are kept as they were; the import's rows come after them.
		const text = (files: readonly DataFile[], name: string) =>
			new TextDecoder().decode(files.find((f) => f.name === name)!.bytes);
		for (const name of ['waves.csv', 'questions.csv', 'answers.csv'])
			expect(text(outcome.files!, name).startsWith(text(bundled, name))).toBe(true);
		expect(text(outcome.files!, '2020/public.csv')).toBe(text(bundled, '2020/public.csv'));
		expect(result.dataset.waves).toContainEqual(
			expect.objectContaining({ year: 2021, population: 'public', sampleSize: 1056, parent: null })
		);
	});

	it("gives the public's 2021 figures: the latest published ones, with the Ensemble base", () => {
		const latest = dataset.figures.filter(
			(f) => f.year === 2020 && f.population === 'public' && f.pct !== null
		);
		const imported = figuresOf(outcome.files!, 'public');
		for (const figure of latest)
			expect(imported).toContainEqual([
				figure.questionId,
				figure.answerId,
				figure.pct,
				1056,
				false
			]);
		expect(imported).toContainEqual([
			'seriez_vous_pret_a_payer_un_peu_plus',
			'oui',
			38.5,
			1056,
			false
		]);
	});

	it("gives each subgroup's figures and base, as a population whose parent is public", () => {
		const ids = [
			'public_homme',
			'public_femme',
			'public_18_24',
			'public_25_34_ans',
			'public_35_ans_et_plus'
		];
		const { dataset: merged } = validateDataset(outcome.files!, 'out');
		ids.forEach((id, index) => {
			const column = index + 1;
			const expected = blocks.flatMap((block) =>
				block.answers.map((answer) => answer.figures[column])
			);
			const imported = figuresOf(outcome.files!, id);
			expect(imported.map(([, , pct]) => pct)).toEqual(
				expected.map((figure) => (typeof figure === 'number' ? figure : 0))
			);
			expect(new Set(imported.map(([, , , base]) => base))).toEqual(
				new Set([blocks[0].bases[column]])
			);
			expect(merged.waves).toContainEqual(
				expect.objectContaining({
					year: 2021,
					population: id,
					parent: 'public',
					sampleSize: blocks[0].bases[column]
				})
			);
		});
		const populations = new TextDecoder().decode(
			outcome.files!.find((f) => f.name === 'populations.csv')!.bytes
		);
		expect(populations).toContain('public_homme,Homme,Homme,');
		expect(subgroupLabels).toContain('18-24 ans');
		// The subgroup the folder already names keeps its row of populations.csv.
		expect(populations).toContain('public_18_24,18–24 ans,18–24 year olds,3,public');
	});

	it('reads `-` as 0 and `*` as 0 flagged approximate, with a note', () => {
		const oldest = figuresOf(outcome.files!, 'public_35_ans_et_plus').filter(
			([question]) => question === 'seriez_vous_pret_a_payer_un_peu_plus'
		);
		expect(oldest).toEqual([
			['seriez_vous_pret_a_payer_un_peu_plus', 'oui', 0, 752, false],
			['seriez_vous_pret_a_payer_un_peu_plus', 'non', 99.5, 752, false],
			['seriez_vous_pret_a_payer_un_peu_plus', 'ne_se_prononce_pas', 0, 752, true]
		]);
	});

	it('skips the Total row and reports each of its cells, and the weighted base', () => {
		const { dataset: merged } = validateDataset(outcome.files!, 'out');
		expect(merged.answers.some((a) => /total/i.test(a.labelFr))).toBe(false);
		const nets = outcome.entries.filter((e) => e.message.includes('net of other answers'));
		expect(nets.map((e) => e.place)).toEqual(
			['B', 'C', 'D', 'E', 'F', 'G'].map((column) => `tris.xlsx!Tris!${column}20`)
		);
		expect(outcome.counts.netsSkipped).toBe(6);
		expect(outcome.entries.filter((e) => e.message.startsWith('weighted base'))).toHaveLength(6);
	});

	it('proposes the unknown question with its place, as a new single-choice question', () => {
		const proposal = outcome.entries.find(
			(e) => e.kind === 'proposal' && e.message.includes('proposed as new question')
		);
		expect(proposal).toEqual({
			place: 'tris.xlsx!Tris!A31',
			kind: 'proposal',
			message: expect.stringContaining(
				'"seriez_vous_pret_a_payer_un_peu_plus" (single, theme "unsorted")'
			)
		});
		const { dataset: merged } = validateDataset(outcome.files!, 'out');
		expect(
			merged.questions.find((q) => q.id === 'seriez_vous_pret_a_payer_un_peu_plus')
		).toMatchObject({
			kind: 'single',
			labelFr: UNKNOWN_WORDING
		});
		expect(outcome.entries.find((e) => e.message.includes('closest wording'))).toMatchObject({
			place: 'tris.xlsx!Tris!A11',
			message: expect.stringContaining('"priority_problems"')
		});
	});

	it('ends with the counts', () => {
		expect(outcome.counts).toEqual({
			cellsRead: 156,
			figuresImported: 60,
			netsSkipped: 6,
			proposals: 9,
			waiting: 9,
			errors: 0
		});
	});

	it('proposes nothing when run again on the folder it wrote', () => {
		const accepted = importTables(workbook('tris.xlsx'), folder, {
			...options,
			acceptProposals: true
		});
		expect(accepted.exitCode).toBe(0);
		const again = importTables(workbook('tris.xlsx'), accepted.files!, options);
		expect(again.counts.proposals).toBe(0);
		expect(again.counts.waiting).toBe(0);
		expect(again.exitCode).toBe(0);
		expect(figuresOf(again.files!, 'public')).toEqual(figuresOf(accepted.files!, 'public'));
		const waiting = importTables(workbook('tris.xlsx'), outcome.files!, options);
		expect(waiting.counts.proposals).toBe(0);
		expect(waiting.exitCode).toBe(3);
	});

	it('gives the same figures from the workbook, the sheet-per-question workbook and the CSV export', () => {
		const fromCsv = importTables(csv(), folder, options);
		const perQuestion = importTables(workbook('tris-par-question.xlsx'), folder, options);
		for (const population of ['public', 'public_homme', 'public_18_24', 'public_35_ans_et_plus']) {
			expect(figuresOf(fromCsv.files!, population)).toEqual(figuresOf(outcome.files!, population));
			expect(figuresOf(perQuestion.files!, population)).toEqual(
				figuresOf(outcome.files!, population)
			);
		}
		expect(fromCsv.entries.find((e) => e.message.includes('new question'))?.place).toBe(
			'tris.csv:31:1'
		);
		expect(perQuestion.entries.find((e) => e.message.includes('new question'))?.place).toBe(
			'tris-par-question.xlsx!Q4!A1'
		);
	});

	it('writes nothing when a figure cannot be read, and says where', () => {
		const sheet: Sheet = csv()[0];
		const rows = sheet.rows.map((row) => [...row]);
		rows[15][2] = '4O';
		const broken = importTables([{ ...sheet, rows }], folder, options);
		expect(broken.exitCode).toBe(1);
		expect(broken.files).toBeNull();
		expect(broken.entries.filter((e) => e.kind === 'error')).toEqual([
			{ place: 'tris.csv:16:3', kind: 'error', message: '"4O" is not a percentage' }
		]);
		expect(broken.counts.errors).toBe(1);
	});
});

describe('the fixtures', () => {
	it('are what the generator writes from the bundled figures', () => {
		expect(new Uint8Array(readFileSync(`${fixtures}/tris.csv`))).toEqual(
			csvExportBytes(oneSheetRows(blocks))
		);
	});
});
