import type { Table } from '../data/readTable';
import type { FileRow } from '../data/schema';
import type { ImportedFigure } from './matchBlocks';
import { figureHeader } from './mergeFolder';

const columns = new Map(figureHeader.map((name, index) => [name, index + 1]));

/**
 * The figures of a file the import writes, as the table readTable would give for its text
 * (writeCsv of the same values): the validator checks them without parsing the text again.
 *
 * @example
 * figureTable([figure]).rows[0] // { line: 2, values: { question_id: 'awareness_terms', pct: 47, base: 1056, … } }
 */
export function figureTable(figures: readonly ImportedFigure[]): Table<FileRow<'figures'>> {
	return {
		rows: figures.map((figure, index) => ({
			line: index + 2,
			values: {
				question_id: figure.questionId,
				answer_id: figure.answerId,
				pct: figure.pct,
				base: figure.base,
				derived: null,
				approximate: figure.approximate || null,
				delta_pts: null,
				delta_vs_year: null,
				label_fr: figure.labelFr,
				label_en: null,
				note: figure.note,
				source: figure.source,
				break: null,
				break_note_fr: null,
				break_note_en: null
			}
		})),
		rowCount: figures.length,
		columns,
		issues: []
	};
}
