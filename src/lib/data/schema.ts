import {
	readCount,
	readFlag,
	readId,
	readIsoDate,
	readKind,
	readOrder,
	readPercent,
	readPoints,
	readPositive,
	readText,
	readYear,
	type CellResult
} from './cellValues';

/** One column of a file of the data contract. */
export interface ColumnSpec {
	name: string;
	/** The column must be in the header. */
	required: boolean;
	/** The cell may not be empty (only checked when the column is present). */
	nonEmpty: boolean;
	read: (raw: string) => CellResult<unknown>;
}

const column = (
	name: string,
	read: ColumnSpec['read'],
	options: { required?: boolean; nonEmpty?: boolean } = {}
): ColumnSpec => ({
	name,
	read,
	required: options.required ?? false,
	nonEmpty: options.nonEmpty ?? false
});
const key = { required: true, nonEmpty: true };

/** The files of a data folder and their columns; data/README.md documents the same contract. */
export const schema = {
	waves: [
		column('year', readYear, key),
		column('population', readId, key),
		column('sample_size', readCount, { required: true }),
		column('fieldwork_start', readIsoDate, { required: true }),
		column('fieldwork_end', readIsoDate, { required: true }),
		column('method', readText, { required: true }),
		column('source', readText, key),
		column('edition', readText),
		column('parent', readId),
		column('design_effect', readPositive),
		column('stated_margin', readText)
	],
	questions: [
		column('question_id', readId, key),
		column('theme', readId, key),
		column('kind', readKind, key),
		column('label_fr', readText, key),
		column('label_en', readText, key),
		column('note_fr', readText),
		column('note_en', readText),
		column('headline', readFlag)
	],
	answers: [
		column('question_id', readId, key),
		column('answer_id', readId, key),
		column('label_fr', readText, key),
		column('label_en', readText, key),
		column('order', readOrder, key)
	],
	figures: [
		column('question_id', readId, key),
		column('answer_id', readId, key),
		column('pct', readPercent, { required: true }),
		column('base', readPositive),
		column('derived', readFlag),
		column('approximate', readFlag),
		column('delta_pts', readPoints),
		column('delta_vs_year', readYear),
		column('label_fr', readText),
		column('label_en', readText),
		column('note', readText),
		column('source', readText)
	],
	composition: [
		column('year', readYear, key),
		column('population', readId, key),
		column('variable', readId, key),
		column('category', readText, key),
		column('pct', readPercent, key),
		column('source', readText)
	]
} satisfies Record<string, ColumnSpec[]>;

export type FileKind = keyof typeof schema;
