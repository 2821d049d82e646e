import type { DataFile } from '../../src/lib/data/validateDataset';

/** The shape of a generated data folder. */
export interface GenerateOptions {
	/** First fieldwork year; the waves run over consecutive years. */
	firstYear: number;
	years: number;
	questions: number;
	answersPerQuestion: number;
	/** Seed of the PRNG: the same options give the same bytes. */
	seed: number;
	/** Every `semicolonEvery`-th wave file is written the French-Excel way (`;`, decimal comma). */
	semicolonEvery: number;
}

export const defaultOptions: GenerateOptions = {
	firstYear: 1991,
	years: 30,
	questions: 200,
	answersPerQuestion: 6,
	seed: 20240601,
	semicolonEvery: 7
};

/** Populations and their typical sample size. */
const populations = [
	{ id: 'entrepreneurs', sampleSize: 90 },
	{ id: 'public', sampleSize: 1000 }
] as const;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** RFC 4180 quoting, only where needed. */
function field(value: string, delimiter: string): string {
	return value.includes(delimiter) || value.includes('"') || value.includes('\n')
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

function csv(header: readonly string[], rows: readonly string[][], delimiter = ','): string {
	return (
		[header, ...rows]
			.map((cells) => cells.map((cell) => field(cell, delimiter)).join(delimiter))
			.join('\n') + '\n'
	);
}

/**
 * `count` shares in tenths of a point summing to exactly 1000 (100 %), each a multiple of `step`
 * tenths (10: whole points, 1: one decimal).
 */
function sharesOf100(count: number, step: number, random: () => number): number[] {
	const weights = Array.from({ length: count }, () => 0.2 + random());
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const shares = weights.map((weight) => Math.floor((weight / total) * (1000 / step)) * step);
	shares[0] += 1000 - shares.reduce((sum, share) => sum + share, 0);
	return shares;
}

/**
 * Generates, in memory, a synthetic data folder that follows the data contract (data/README.md):
 * waves.csv, questions.csv, answers.csv and one `<year>/<population>.csv` per wave, with every
 * question × answer in every wave. With the default options: 30 years (1991–2020) × 2 populations
 * (entrepreneurs, n ≈ 90; public, n ≈ 1000) × 200 questions × 6 answers = 72,000 figure rows.
 *
 * Questions alternate single/multi; a single-choice question's answers sum to exactly 100. About
 * one figure in 20 carries a published change against the previous year (which matches the
 * levels), some carry a note with a comma (quoted field), and every `semicolonEvery`-th wave file
 * uses `;` as delimiter with one-decimal percentages written with a decimal comma (`63,5`).
 * Deterministic: a seeded PRNG (mulberry32), no clock, no Math.random; validating the result
 * gives no error and no warning.
 *
 * @example
 * const files = generateDataset(); // 63 files: waves.csv, questions.csv, answers.csv, 1991/entrepreneurs.csv, …
 * validateDataset(files, 'generated').errorCount // 0
 */
export function generateDataset(
	options: Partial<GenerateOptions> = {},
	root = 'generated'
): DataFile[] {
	const o = { ...defaultOptions, ...options };
	const random = mulberry32(o.seed);
	const encoder = new TextEncoder();
	const files: DataFile[] = [];
	const add = (name: string, text: string) =>
		files.push({ name, path: `${root}/${name}`, bytes: encoder.encode(text) });
	const years = Array.from({ length: o.years }, (_, i) => o.firstYear + i);
	const pad = (value: number) => String(value).padStart(3, '0');

	const questions = Array.from({ length: o.questions }, (_, i) => ({
		id: `question_${pad(i + 1)}`,
		theme: `theme_${pad((i % 10) + 1)}`,
		kind: i % 2 === 0 ? 'single' : 'multi'
	}));
	const answerIds = Array.from({ length: o.answersPerQuestion }, (_, i) => `answer_${i + 1}`);

	const waveRows: string[][] = [];
	for (const year of years) {
		for (const population of populations) {
			const sampleSize = Math.round(population.sampleSize * (0.9 + 0.2 * random()));
			waveRows.push([
				String(year),
				population.id,
				String(sampleSize),
				`${year}-09-15`,
				`${year}-10-15`,
				'CAWI, quota sample',
				`Synthetic report ${year}, p. 3`,
				`Baromètre ${year + 1}`,
				'',
				'1',
				''
			]);
		}
	}
	add(
		'waves.csv',
		csv(
			[
				'year',
				'population',
				'sample_size',
				'fieldwork_start',
				'fieldwork_end',
				'method',
				'source',
				'edition',
				'parent',
				'design_effect',
				'stated_margin'
			],
			waveRows
		)
	);
	add(
		'questions.csv',
		csv(
			['question_id', 'theme', 'kind', 'label_fr', 'label_en', 'note_fr', 'note_en', 'headline'],
			questions.map((q, i) => [
				q.id,
				q.theme,
				q.kind,
				`Question synthétique n° ${i + 1}`,
				`Synthetic question no. ${i + 1}`,
				'',
				'',
				i % 25 === 0 ? 'yes' : ''
			])
		)
	);
	add(
		'answers.csv',
		csv(
			['question_id', 'answer_id', 'label_fr', 'label_en', 'order'],
			questions.flatMap((q) =>
				answerIds.map((id, i) => [q.id, id, `Réponse ${i + 1}`, `Answer ${i + 1}`, String(i + 1)])
			)
		)
	);

	const header = [
		'question_id',
		'answer_id',
		'pct',
		'derived',
		'approximate',
		'delta_pts',
		'delta_vs_year',
		'label_fr',
		'label_en',
		'note',
		'source'
	];
	let fileIndex = 0;
	for (const population of populations) {
		/** Last year's level of each question/answer, in tenths of a point. */
		const previous = new Map<string, number>();
		for (const year of years) {
			const frenchExcel = ++fileIndex % o.semicolonEvery === 0;
			const step = frenchExcel ? 1 : 10;
			const format = (tenths: number) =>
				frenchExcel ? (tenths / 10).toFixed(1).replace('.', ',') : String(tenths / 10);
			const rows: string[][] = [];
			for (const q of questions) {
				const levels =
					q.kind === 'single'
						? sharesOf100(answerIds.length, step, random)
						: answerIds.map(() => Math.floor((random() * 1000) / step) * step);
				answerIds.forEach((answerId, i) => {
					const key = `${q.id}/${answerId}`;
					const before = previous.get(key);
					const withDelta = before !== undefined && random() < 0.05;
					const delta = withDelta ? levels[i] - before : 0;
					const note = random() < 0.02 ? 'Synthetic caveat, with a comma' : '';
					rows.push([
						q.id,
						answerId,
						format(levels[i]),
						'',
						'',
						withDelta ? (delta >= 0 ? '+' : '') + format(delta) : '',
						withDelta ? String(year - 1) : '',
						'',
						'',
						note,
						`Synthetic report ${year} table ${q.theme}`
					]);
					previous.set(key, levels[i]);
				});
			}
			add(`${year}/${population.id}.csv`, csv(header, rows, frenchExcel ? ';' : ','));
		}
	}
	return files;
}
