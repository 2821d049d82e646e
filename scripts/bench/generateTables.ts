import { csvExportBytes, workbookBytes } from '../import-fixtures/files';
import type { Cell } from '../import-fixtures/tables';
import type { DataFile } from '../../src/lib/data/validateDataset';

/** Subgroup columns of the generated banner, after "Ensemble". */
const banner = [
	'Homme',
	'Femme',
	'18-24 ans',
	'25-34 ans',
	'35-49 ans',
	'50-64 ans',
	'65 ans et plus',
	'Île-de-France',
	'Province',
	'CSP+',
	'CSP-',
	'Inactifs'
];

/**
 * A synthetic cross-tab sheet of `questions` tables (6 answers × 13 columns each, as figures and
 * percent formats the way institutes write them) and the data folder whose codebook it matches:
 * the bench's "next year's delivery".
 */
export function generateTables(questions: number): {
	rows: Cell[][];
	folder: DataFile[];
} {
	const rows: Cell[][] = [];
	const questionLines = ['question_id,theme,kind,label_fr,label_en'];
	const answerLines = ['question_id,answer_id,label_fr,label_en,order'];
	const text = (value: string): Cell => ({ text: value });
	for (let q = 1; q <= questions; q++) {
		const wording = `Question de test numéro ${q} sur le sujet ${q % 17}`;
		questionLines.push(`q${q},theme_${q % 9},single,${wording},Test question ${q}`);
		rows.push([text(`Q${q}. ${wording}`)], [text('Base : ensemble des répondants')]);
		rows.push([null, text('Ensemble'), ...banner.map(text)]);
		rows.push([
			text('Base'),
			...[1000, ...banner.map((_, i) => 80 + i * 7)].map((value): Cell => ({
				value,
				format: 'number'
			}))
		]);
		for (let a = 1; a <= 6; a++) {
			answerLines.push(`q${q},a${a},Réponse ${a} de la question ${q},Answer ${a},${a}`);
			const figures = Array.from({ length: banner.length + 1 }, (_, c): Cell => {
				const pct = a === 6 ? 100 - 5 * (10 + ((q + c) % 5)) : 10 + ((q + c) % 5);
				return c % 3 === 0
					? { value: pct / 100, format: 'percent' }
					: { value: pct, format: 'number' };
			});
			rows.push([text(`Réponse ${a} de la question ${q}`), ...figures]);
		}
		rows.push([text('Source : données de test générées')], []);
	}
	const encoder = new TextEncoder();
	const file = (name: string, lines: string[]) => ({
		name,
		path: `generated/${name}`,
		bytes: encoder.encode(`${lines.join('\n')}\n`)
	});
	return {
		rows,
		folder: [
			file('answers.csv', answerLines),
			file('questions.csv', questionLines),
			file('waves.csv', [
				'year,population,sample_size,fieldwork_start,fieldwork_end,method,source',
				'2020,public,1000,,,,generated'
			])
		]
	};
}

/** The generated sheet as a workbook and as its CSV export. */
export function generateTableFiles(questions: number) {
	const { rows, folder } = generateTables(questions);
	return {
		workbook: workbookBytes([{ name: 'Tris', rows }]),
		csv: csvExportBytes(rows),
		folder
	};
}
