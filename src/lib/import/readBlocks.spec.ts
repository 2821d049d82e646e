import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks } from './readBlocks';
import type { Sheet } from './sheet';

/** A sheet from `;`-separated lines, with places `t.csv:line:column`. */
function sheet(text: string): Sheet {
	return {
		rows: text.split('\n').map((line) => line.split(';')),
		place: (row, column) => `t.csv:${row + 1}:${column + 1}`
	};
}

const table = [
	'Q3. Avez-vous déjà entendu parler… ?',
	'Base : ensemble des répondants',
	';;Sexe;',
	';Total;Homme;Femme',
	'Base brute;1002;480;522',
	'Base pondérée;1002,4;490,1;512,3',
	'Oui;63 %;60%;65,5',
	'Non;36;40;-',
	'NSP;*;0;0',
	'S/T Oui;63;60;65',
	'* : moins de 0,5 %'
].join('\n');

describe('readBlocks', () => {
	it('reads a table: title, filter, banner under its variable names, unweighted base, answers, notes', () => {
		const { blocks, entries, cellsRead, netsSkipped } = readBlocks(sheet(table));
		expect(blocks).toEqual([
			{
				title: 'Q3. Avez-vous déjà entendu parler… ?',
				place: 't.csv:1:1',
				filter: 'Base : ensemble des répondants',
				columns: [
					{ label: 'Total', group: null, place: 't.csv:4:2' },
					{ label: 'Homme', group: 'Sexe', place: 't.csv:4:3' },
					{ label: 'Femme', group: 'Sexe', place: 't.csv:4:4' }
				],
				bases: [1002, 480, 522],
				answers: [
					{
						label: 'Oui',
						place: 't.csv:7:1',
						figures: [
							{ pct: 63, approximate: false, place: 't.csv:7:2' },
							{ pct: 60, approximate: false, place: 't.csv:7:3' },
							{ pct: 65.5, approximate: false, place: 't.csv:7:4' }
						]
					},
					{
						label: 'Non',
						place: 't.csv:8:1',
						figures: [
							{ pct: 36, approximate: false, place: 't.csv:8:2' },
							{ pct: 40, approximate: false, place: 't.csv:8:3' },
							{ pct: 0, approximate: false, place: 't.csv:8:4' }
						]
					},
					{
						label: 'NSP',
						place: 't.csv:9:1',
						figures: [
							{ pct: 0, approximate: true, place: 't.csv:9:2' },
							{ pct: 0, approximate: false, place: 't.csv:9:3' },
							{ pct: 0, approximate: false, place: 't.csv:9:4' }
						]
					}
				],
				notes: ['* : moins de 0,5 %']
			}
		]);
		expect(entries.map((e) => `${e.place}: ${e.kind}`)).toEqual([
			't.csv:6:2: skipped',
			't.csv:6:3: skipped',
			't.csv:6:4: skipped',
			't.csv:10:2: skipped',
			't.csv:10:3: skipped',
			't.csv:10:4: skipped'
		]);
		expect(entries[0].message).toBe('weighted base: not imported (n is the unweighted base)');
		expect(entries[3].message).toBe('"S/T Oui" is a net of other answers, not an answer: skipped');
		expect(netsSkipped).toBe(3);
		expect(cellsRead).toBe(31);
	});

	it('reads figures between 0 and 1 without a % sign as proportions, and says so', () => {
		const { blocks, entries } = readBlocks(
			sheet('Q1. Oui ou non ?\n;Ensemble\nBase;100\nOui;0,63\nNon;0,37')
		);
		expect(blocks[0].answers.map((a) => a.figures[0]?.pct)).toEqual([63, 37]);
		expect(entries).toEqual([
			{
				place: 't.csv:1:1',
				kind: 'warning',
				message: 'every figure is between 0 and 1 without a % sign: read as proportions (× 100)'
			}
		]);
	});

	it('reports cells outside any table, broken figures and a table without a header row', () => {
		const { blocks, entries } = readBlocks(
			sheet('Tris à plat\n\nQ1. Sans en-tête ?\nOui;63\nQ2. Avec ?\n;Ensemble\nOui;6x;12')
		);
		expect(blocks).toHaveLength(1);
		expect(entries).toEqual([
			{ place: 't.csv:1:1', kind: 'skipped', message: "outside any question's table: not read" },
			{
				place: 't.csv:4:1',
				kind: 'skipped',
				message: "between the title and the table's header row: not read"
			},
			{
				place: 't.csv:4:2',
				kind: 'skipped',
				message: "between the title and the table's header row: not read"
			},
			{
				place: 't.csv:3:1',
				kind: 'error',
				message: 'a title with no table under it (no Ensemble/Total header row)'
			},
			{ place: 't.csv:7:3', kind: 'skipped', message: "outside the table's columns: not read" },
			{ place: 't.csv:7:2', kind: 'error', message: '"6x" is not a percentage' },
			{
				place: 't.csv:5:1',
				kind: 'warning',
				message: 'no unweighted base row: the figures are imported without a base'
			}
		]);
	});

	it('never throws on fuzzed sheets (shuffled rows, blank rows, broken numbers) and locates every entry', () => {
		const lines = table.split('\n');
		const cell = fc.oneof(
			fc.constantFrom(
				'',
				'63',
				'6,3',
				'63 %',
				'-',
				'*',
				'Total',
				'Ensemble',
				'Base',
				'Q1. ?',
				'1 002'
			),
			fc.string({ maxLength: 6 })
		);
		const row = fc.oneof(
			fc.constantFrom(...lines).map((line) => line.split(';')),
			fc.array(cell, { maxLength: 5 })
		);
		fc.assert(
			fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
				const reading = readBlocks({
					rows,
					place: (r, c) => `t.csv:${r + 1}:${c + 1}`
				});
				for (const entry of reading.entries) expect(entry.place).toMatch(/^t\.csv:\d+:\d+$/);
				for (const block of reading.blocks)
					for (const answer of block.answers)
						for (const figure of answer.figures)
							if (figure) expect(figure.pct).toBeGreaterThanOrEqual(0);
				const filled = rows.flat().filter((text) => text.trim() !== '').length;
				expect(reading.cellsRead).toBe(filled);
			}),
			{ numRuns: 300 }
		);
	});
});
