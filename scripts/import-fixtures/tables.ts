/**
 * TEST DATA. A model of the polling institute's cross-tab tables, built from the bundled
 * published figures: the latest public wave's figures are the Ensemble column of a made-up 2021
 * wave; the subgroup columns, their bases and one question the codebook does not know are
 * invented for the tests. Used by generate.ts (the fixture files) and by the import's tests.
 */
import type { Dataset } from '../../src/lib/data/types';

/** A figure as the institute writes it: a percentage, `-` (none) or `*` (under 0.5 %). */
export type FigureCell = number | '-' | '*';

export interface FixtureAnswer {
	label: string;
	/** The codebook's answer id, null for the unknown question's answers. */
	answerId: string | null;
	/** One per banner column, Ensemble first. */
	figures: FigureCell[];
}

/** How a table's figures are stored in the workbook (the CSV export shows them as displayed). */
export type FigureFormat = 'percent' | 'number' | 'text' | 'decimal';

export interface FixtureBlock {
	title: string;
	questionId: string | null;
	filter: string | null;
	format: FigureFormat;
	/** Unweighted base of each column; `weighted`, when given, adds a "Base pondérée" row. */
	bases: number[];
	weighted: number[] | null;
	answers: FixtureAnswer[];
	/** A "Total" net row under the answers. */
	total: boolean;
	notes: string[];
}

export const bannerGroups = [
	{ label: 'Sexe', columns: ['Homme', 'Femme'] },
	{ label: 'Âge', columns: ['18-24 ans', '25-34 ans', '35 ans et plus'] }
] as const;
export const subgroupLabels = bannerGroups.flatMap((group) => group.columns);
/** The fixtures' year and population. */
export const FIXTURE_YEAR = 2021;
export const FIXTURE_POPULATION = 'public';
export const TEST_DATA_NOTE =
	'Source : données de test (scripts/import-fixtures), chiffres publiés du dernier baromètre, sous-groupes inventés';

/** The question the codebook does not know: invented, single choice. */
export const UNKNOWN_WORDING =
	'Seriez-vous prêt à payer un peu plus cher un produit fabriqué par une entreprise sociale ?';

/** Subgroup shares of the sample, in the banner's order. */
const shares = [0.48, 0.52, 0.126, 0.162, 0.712];

function subgroupFigures(ensemble: number, row: number): number[] {
	return shares.map((_, column) => {
		const offset = ((row * 7 + column * 3) % 7) - 3;
		return Math.min(100, Math.max(0, ensemble + offset));
	});
}

/**
 * The tables of the fixtures: three questions of the latest public wave (one worded differently
 * from questions.csv, so it is proposed as its closest question), and the unknown question.
 *
 * @example
 * fixtureBlocks(dataset)[0].answers[0] // { label: 'Économie sociale et solidaire (ESS)', answerId: 'sse', figures: [47, 44, …] }
 */
export function fixtureBlocks(dataset: Dataset): FixtureBlock[] {
	const latest = Math.max(
		...dataset.waves.filter((w) => w.population === FIXTURE_POPULATION).map((w) => w.year)
	);
	const wave = dataset.waves.find((w) => w.year === latest && w.population === FIXTURE_POPULATION)!;
	const sample = wave.sampleSize ?? 1000;
	const bases = [sample, ...shares.map((share) => Math.round(sample * share))];
	const figures = dataset.figures.filter(
		(f) => f.year === latest && f.population === FIXTURE_POPULATION && f.pct !== null
	);
	const questionIds = [...new Set(figures.map((f) => f.questionId))];
	const formats: FigureFormat[] = ['percent', 'number', 'text'];
	const blocks: FixtureBlock[] = questionIds.map((questionId, index) => {
		const question = dataset.questions.find((q) => q.id === questionId)!;
		const answers = dataset.answers
			.filter((a) => a.questionId === questionId)
			.flatMap((answer) => {
				const figure = figures.find((f) => f.questionId === questionId && f.answerId === answer.id);
				return figure ? [{ answer, pct: figure.pct! }] : [];
			})
			.map(({ answer, pct }, row) => ({
				label: answer.labelFr,
				answerId: answer.id,
				figures: [pct, ...subgroupFigures(pct, row)]
			}));
		// The second question is worded as the institute would, not as questions.csv has it.
		const wording = index === 1 ? question.labelFr.replace(/\s*\([^)]*\)/g, '') : question.labelFr;
		return {
			title: `${index % 2 === 0 ? `Q${index + 1}.` : `Q${index + 1} -`} ${wording}`,
			questionId,
			filter: index === 0 ? 'Base : ensemble des répondants' : null,
			format: formats[index % formats.length],
			bases,
			weighted: index === 1 ? bases.map((base, column) => base + (column % 2 ? 3 : -2)) : null,
			answers,
			total: index === 1,
			notes: []
		};
	});
	blocks.push({
		title: `Q${blocks.length + 1}. ${UNKNOWN_WORDING}`,
		questionId: null,
		filter: 'Base : ensemble des répondants',
		format: 'decimal',
		bases,
		weighted: null,
		answers: [
			{ label: 'Oui', answerId: null, figures: [38.5, 36, 41, 52, 44.5, '-'] },
			{ label: 'Non', answerId: null, figures: [51, 55, 47, 40, 45, 99.5] },
			{ label: 'Ne se prononce pas', answerId: null, figures: [10.5, 9, 12, 8, 10.5, '*'] }
		],
		total: false,
		notes: ['* : moins de 0,5 %']
	});
	return blocks;
}

/** A cell of the workbook: text, or a number stored with a display format. */
export type Cell =
	{ text: string } | { value: number; format: Exclude<FigureFormat, 'text'> } | null;

function figureCell(figure: FigureCell, format: FigureFormat): Cell {
	if (typeof figure === 'string') return { text: figure };
	if (format === 'text') return { text: `${figure} %` };
	if (format === 'percent') return { value: figure / 100, format };
	return { value: figure, format };
}

/**
 * The rows of one table: title, filter, variable names (merged cells read blank), header,
 * bases, answers, the Total net, notes.
 */
export function blockRows(block: FixtureBlock): Cell[][] {
	const text = (value: string): Cell => ({ text: value });
	const rows: Cell[][] = [[text(block.title)]];
	if (block.filter) rows.push([text(block.filter)]);
	rows.push([
		null,
		null,
		...bannerGroups.flatMap((group) =>
			group.columns.map((_, i) => (i === 0 ? text(group.label) : null))
		)
	]);
	rows.push([null, text('Ensemble'), ...subgroupLabels.map(text)]);
	const counts = (label: string, values: number[]): Cell[] => [
		text(label),
		...values.map((value): Cell => ({ value, format: 'number' }))
	];
	if (block.weighted) {
		rows.push(counts('Base brute', block.bases));
		rows.push(counts('Base pondérée', block.weighted));
	} else rows.push(counts('Base', block.bases));
	for (const answer of block.answers)
		rows.push([text(answer.label), ...answer.figures.map((f) => figureCell(f, block.format))]);
	if (block.total) {
		const sums = block.answers[0].figures.map((_, column) =>
			block.answers.reduce(
				(sum, a) =>
					sum + (typeof a.figures[column] === 'number' ? (a.figures[column] as number) : 0),
				0
			)
		);
		rows.push([text('Total'), ...sums.map((sum) => figureCell(sum, block.format))]);
	}
	for (const note of [...block.notes, TEST_DATA_NOTE]) rows.push([text(note)]);
	return rows;
}

/** All tables on one sheet, as institutes deliver them: a heading, then each table and a blank row. */
export function oneSheetRows(blocks: readonly FixtureBlock[]): Cell[][] {
	const rows: Cell[][] = [[{ text: 'Baromètre — tris à plat (données de test)' }], []];
	for (const block of blocks) rows.push(...blockRows(block), []);
	return rows;
}

/**
 * The text a cell shows in French Excel, as its CSV export writes it: `47%`, `63,5`, `1056`.
 *
 * @example
 * displayedText({ value: 0.47, format: 'percent' }) // '47%'
 */
export function displayedText(cell: Cell): string {
	if (cell === null) return '';
	if ('text' in cell) return cell.text;
	if (cell.format === 'percent') return `${Math.round(cell.value * 100)}%`;
	return String(cell.value).replace('.', ',');
}
