import type { Figure } from '../../data/types';
import type { Catalog } from '../catalog';

/**
 * Why a figure carries a note, one reason per figure, the first that applies:
 * - 'break': the figure is not comparable with the previous wave (a series break);
 * - 'derived': the level was computed from a published change (±1–2 pts of rounding);
 * - 'conflict': the note reports a conflict between sources, an ambiguity or an uncertainty;
 * - 'approximate': published in words ("9 sur 10");
 * - 'change_only': only a change was published, no level;
 * - 'other': any other caveat (a wording change, for instance).
 */
export type NoteReason = 'break' | 'derived' | 'conflict' | 'approximate' | 'change_only' | 'other';

/** The reasons in the order the page lists them. */
export const noteReasons: readonly NoteReason[] = [
	'break',
	'conflict',
	'derived',
	'approximate',
	'change_only',
	'other'
];

/** A note that reports a conflict or an uncertainty (notes are written in English). */
const conflictPattern = /conflict|ambigu|uncertain|unclear|inferred|attribut/i;

/** A published figure with its note, as the methodology page lists it. */
export interface NotedFigureView {
	/** `population/question/answer/year`, unique. */
	key: string;
	year: number;
	populationLabel: string;
	question: string;
	answer: string;
	/** The published level in percent; null when only a change was published. */
	value: number | null;
	/** The change the publisher printed, in points, and the year it is measured against; null when none. */
	publishedDelta: number | null;
	publishedDeltaVsYear: number | null;
	/** The note, in English, as the data gives it. */
	note: string;
}

export interface NotedFigureGroup {
	reason: NoteReason;
	figures: NotedFigureView[];
}

/**
 * The reason a figure's note is listed under.
 * @example noteReason({ break: false, derived: false, approximate: false, pct: 96, note: "mediatico.fr's text says 95% (ambiguity 7)." }) // 'conflict'
 */
export function noteReason(
	figure: Pick<Figure, 'break' | 'derived' | 'approximate' | 'pct' | 'note'>
): NoteReason {
	if (figure.break) return 'break';
	if (figure.derived) return 'derived';
	if (figure.note !== null && conflictPattern.test(figure.note)) return 'conflict';
	if (figure.approximate) return 'approximate';
	if (figure.pct === null) return 'change_only';
	return 'other';
}

/**
 * Every published figure with a non-empty note, grouped by reason (groups in the order of
 * `noteReasons`, empty groups left out), each group by year, population, question and answer.
 *
 * @example
 * notedFigureGroups(catalog)[0]
 * // { reason: 'conflict', figures: [{ year: 2012, populationLabel: 'Grand public', answer: 'Économie sociale et solidaire (ESS)', value: 50, note: "'+10 pts in 7 years' …" }, …] }
 */
export function notedFigureGroups(catalog: Catalog): NotedFigureGroup[] {
	const { dataset } = catalog;
	const populations = dataset.populations.map((population) => population.id);
	const questions = dataset.questions.map((question) => question.id);
	const answerRank = (figure: Figure) =>
		catalog.answerIds(figure.questionId).indexOf(figure.answerId);
	const noted = dataset.figures
		.filter((figure) => figure.note !== null && figure.note.trim() !== '')
		.sort(
			(a, b) =>
				a.year - b.year ||
				populations.indexOf(a.population) - populations.indexOf(b.population) ||
				questions.indexOf(a.questionId) - questions.indexOf(b.questionId) ||
				answerRank(a) - answerRank(b)
		);
	return noteReasons
		.map((reason) => ({
			reason,
			figures: noted
				.filter((figure) => noteReason(figure) === reason)
				.map((figure) => notedFigureView(catalog, figure))
		}))
		.filter((group) => group.figures.length > 0);
}

function notedFigureView(catalog: Catalog, figure: Figure): NotedFigureView {
	return {
		key: [figure.population, figure.questionId, figure.answerId, figure.year].join('/'),
		year: figure.year,
		populationLabel: catalog.populationLabel(figure.population),
		question: catalog.questionLabel(figure.questionId),
		answer: catalog.answerLabel(figure.questionId, figure.answerId, figure.year, figure.population),
		value: figure.pct,
		publishedDelta: figure.deltaPts,
		publishedDeltaVsYear: figure.deltaVsYear,
		note: (figure.note ?? '').trim()
	};
}
