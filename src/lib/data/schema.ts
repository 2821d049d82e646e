import {
	readCount,
	readFlag,
	readId,
	readIsoDate,
	readKind,
	readMappingKind,
	readMappingStatus,
	readOrder,
	readPercent,
	readPoints,
	readPositive,
	readText,
	readYear,
	type CellResult
} from './cellValues';

/**
 * How a column appears in its file: a `key` is in every header and has a value in every row; a
 * `required` column is in every header but a cell may be empty; an `optional` one may be absent.
 */
export type Presence = 'key' | 'required' | 'optional';

/** One column of a file of the data contract; `T` is the type of its values. */
export interface Column<Name extends string = string, T = unknown, P extends Presence = Presence> {
	name: Name;
	presence: P;
	read: (raw: string) => CellResult<T>;
}

/** The value a row holds for a column: an empty cell (or an absent column) is null, except for a key. */
export type CellOf<C> =
	C extends Column<string, infer T, infer P> ? (P extends 'key' ? T : T | null) : never;

/** A row of a file with these columns, typed column by column. */
export type RowOf<Columns extends readonly Column[]> = {
	[C in Columns[number] as C['name']]: CellOf<C>;
};

/**
 * A column whose values have the type its reader returns.
 *
 * @example
 * const year = column('year', readYear, 'key'); // Column<'year', number, 'key'>: rows hold a number
 */
export function column<const Name extends string, T, const P extends Presence>(
	name: Name,
	read: (raw: string) => CellResult<T>,
	presence: P
): Column<Name, T, P> {
	return { name, read, presence };
}

/** The files of a data folder and their columns; data/README.md documents the same contract. */
export const schema = {
	waves: [
		column('year', readYear, 'key'),
		column('population', readId, 'key'),
		column('sample_size', readCount, 'required'),
		column('fieldwork_start', readIsoDate, 'required'),
		column('fieldwork_end', readIsoDate, 'required'),
		column('method', readText, 'required'),
		column('source', readText, 'key'),
		column('edition', readText, 'optional'),
		column('parent', readId, 'optional'),
		column('design_effect', readPositive, 'optional'),
		column('stated_margin', readText, 'optional')
	],
	questions: [
		column('question_id', readId, 'key'),
		column('theme', readId, 'key'),
		column('kind', readKind, 'key'),
		column('label_fr', readText, 'key'),
		column('label_en', readText, 'key'),
		column('note_fr', readText, 'optional'),
		column('note_en', readText, 'optional'),
		column('headline', readFlag, 'optional')
	],
	answers: [
		column('question_id', readId, 'key'),
		column('answer_id', readId, 'key'),
		column('label_fr', readText, 'key'),
		column('label_en', readText, 'key'),
		column('order', readOrder, 'key')
	],
	figures: [
		column('question_id', readId, 'key'),
		column('answer_id', readId, 'key'),
		column('pct', readPercent, 'required'),
		column('base', readPositive, 'optional'),
		column('derived', readFlag, 'optional'),
		column('approximate', readFlag, 'optional'),
		column('delta_pts', readPoints, 'optional'),
		column('delta_vs_year', readYear, 'optional'),
		column('label_fr', readText, 'optional'),
		column('label_en', readText, 'optional'),
		column('note', readText, 'optional'),
		column('source', readText, 'optional'),
		column('break', readFlag, 'optional'),
		column('break_note_fr', readText, 'optional'),
		column('break_note_en', readText, 'optional')
	],
	composition: [
		column('year', readYear, 'key'),
		column('population', readId, 'key'),
		column('variable', readId, 'key'),
		column('category', readText, 'key'),
		column('pct', readPercent, 'key'),
		column('source', readText, 'optional')
	],
	site: [
		column('key', readId, 'key'),
		column('fr', readText, 'required'),
		column('en', readText, 'required')
	],
	populations: [
		column('population', readId, 'key'),
		column('label_fr', readText, 'key'),
		column('label_en', readText, 'key'),
		column('order', readOrder, 'optional'),
		column('parent', readId, 'optional')
	],
	themes: [
		column('theme', readId, 'key'),
		column('label_fr', readText, 'key'),
		column('label_en', readText, 'key'),
		column('order', readOrder, 'optional'),
		column('lead_fr', readText, 'optional'),
		column('lead_en', readText, 'optional')
	],
	charts: [
		column('chart_id', readText, 'key'),
		column('theme', readId, 'key'),
		column('kind', readText, 'key'),
		column('question_id', readId, 'key'),
		column('answers', readText, 'optional'),
		column('populations', readText, 'optional'),
		column('year', readYear, 'optional'),
		column('title_fr', readText, 'optional'),
		column('title_en', readText, 'optional'),
		column('note_fr', readText, 'optional'),
		column('note_en', readText, 'optional'),
		column('order', readOrder, 'optional')
	],
	labelMap: [
		column('kind', readMappingKind, 'key'),
		column('source_label', readText, 'key'),
		column('question_id', readId, 'required'),
		column('answer_id', readId, 'required'),
		column('population', readId, 'required'),
		column('status', readMappingStatus, 'key')
	]
} satisfies Record<string, readonly Column[]>;

export type FileKind = keyof typeof schema;

/** A row of one kind of file, e.g. `FileRow<'waves'>` has `year: number`, `parent: string | null`. */
export type FileRow<Kind extends FileKind> = RowOf<(typeof schema)[Kind]>;
