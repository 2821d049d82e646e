import { SINGLE_CHOICE_SUM_TOLERANCE } from '../data/singleChoiceSum';
import { truncate } from '../data/truncate';
import type { Answer, LabelMapping, Question } from '../data/types';
import { normaliseLabel as normaliseText, questionNumberPrefix } from '../data/normaliseLabel';
import { closestLabel, slugify } from './labels';
import type { Block, ReportEntry } from './types';

/** The theme of a question the import creates: a valid id, to be replaced by hand. */
export const UNSORTED_THEME = 'unsorted';

/** A population already known to the data folder. */
export interface KnownPopulation {
	id: string;
	labelFr: string | null;
	parent: string | null;
}

/** What the wording of the tables is matched against. */
export interface Codebook {
	questions: readonly Question[];
	answers: readonly Answer[];
	labelMap: readonly LabelMapping[];
	populations: readonly KnownPopulation[];
}

/** One figure to write to `<year>/<population>.csv`. */
export interface ImportedFigure {
	questionId: string;
	answerId: string;
	pct: number;
	base: number | null;
	approximate: boolean;
	/** The table's wording when it is not the codebook's. */
	labelFr: string | null;
	note: string | null;
	/** The cell the figure comes from. */
	source: string;
}

/** A subgroup column, as a population of its own. */
export interface ImportedSubgroup {
	id: string;
	label: string;
	/** False when the population was already in the folder. */
	isNew: boolean;
}

export interface Matched {
	/** Figures by population: the parent P first, then each subgroup. */
	figures: Map<string, ImportedFigure[]>;
	subgroups: ImportedSubgroup[];
	/** Largest unweighted base of each population: its wave's sample size. */
	sampleSizes: Map<string, number>;
	newQuestions: Question[];
	newAnswers: Answer[];
	/** The label map to write: the folder's rows (proposals confirmed if asked) and the new ones. */
	labelMap: Omit<LabelMapping, 'location'>[];
	entries: ReportEntry[];
	figureCount: number;
	/** Label map rows added by this run. */
	newProposals: number;
}

export interface MatchOptions {
	population: string;
	acceptProposals: boolean;
}

/** Answers that come to about 100 are exclusive options. */
function kindOf(block: Block): Question['kind'] {
	let sum = 0;
	for (const answer of block.answers) sum += answer.figures[0]?.pct ?? 0;
	return Math.abs(sum - 100) <= SINGLE_CHOICE_SUM_TOLERANCE ? 'single' : 'multi';
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
	if (!taken(base)) return base;
	for (let n = 2; ; n++) if (!taken(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * Matches the tables read from the sheets to the codebook: each question, answer and subgroup
 * by its normalised wording, through label_map.csv first, then questions.csv, answers.csv and the
 * known populations; what does not match exactly is proposed (the closest wording, or a new id
 * made from the wording). Pure: the caller reads and writes the files.
 *
 * @example
 * const matched = matchBlocks(blocks, codebook, { population: 'public', acceptProposals: false });
 * matched.figures.get('public')![0] // { questionId: 'awareness_terms', answerId: 'sse', pct: 47, base: 1002, … }
 */
export function matchBlocks(
	blocks: readonly Block[],
	codebook: Codebook,
	{ population, acceptProposals }: MatchOptions
): Matched {
	const entries: ReportEntry[] = [];
	// The same labels ("Homme", "Oui") come back in every table: each is normalised once.
	const normalised = new Map<string, string>();
	const normaliseLabel = (label: string) => {
		let key = normalised.get(label);
		if (key === undefined) normalised.set(label, (key = normaliseText(label)));
		return key;
	};
	const status: LabelMapping['status'] = acceptProposals ? 'confirmed' : 'proposed';
	const labelMap: Omit<LabelMapping, 'location'>[] = codebook.labelMap.map(
		({ location: _location, ...row }) => ({
			...row,
			status: acceptProposals ? 'confirmed' : row.status
		})
	);
	let newProposals = 0;
	const propose = (
		row: Omit<LabelMapping, 'location' | 'status'>,
		place: string,
		message: string
	) => {
		const mapping = { ...row, status };
		labelMap.push(mapping);
		mappings.set(mappingKey(row.kind, row.sourceLabel, row.questionId), mapping);
		newProposals++;
		entries.push({ place, kind: 'proposal', message });
	};
	const mappingKey = (kind: LabelMapping['kind'], label: string, questionId: string | null) =>
		`${kind}/${kind === 'answer' ? questionId : ''}/${normaliseLabel(label)}`;
	const mappings = new Map(
		labelMap.map((row) => [mappingKey(row.kind, row.sourceLabel, row.questionId), row])
	);
	const mapped = (kind: LabelMapping['kind'], label: string, questionId: string | null = null) =>
		mappings.get(mappingKey(kind, label, questionId));
	const questions = [...codebook.questions];
	const answersOf = new Map<string, Answer[]>();
	for (const answer of codebook.answers)
		answersOf.set(answer.questionId, [...(answersOf.get(answer.questionId) ?? []), answer]);
	const answerLabels = new Map<string, { id: string; label: string }[]>();
	const newQuestions: Question[] = [];
	const newAnswers: Answer[] = [];
	const questionLabels = questions.flatMap((q) => [
		{ id: q.id, label: normaliseLabel(q.labelFr) },
		{ id: q.id, label: normaliseLabel(q.labelEn) }
	]);
	const questionByLabel = new Map<string, string>();
	for (const { id, label } of questionLabels)
		if (!questionByLabel.has(label)) questionByLabel.set(label, id);
	const parentOf = new Map(codebook.populations.map((p) => [p.id, p.parent]));

	const populationOf = new Map<string, ImportedSubgroup>();
	const subgroups: ImportedSubgroup[] = [];
	function subgroup(label: string, place: string): ImportedSubgroup {
		const key = normaliseLabel(label);
		const seen = populationOf.get(key);
		if (seen) return seen;
		const fits = (id: string) => {
			const parent = parentOf.get(id);
			return parent === undefined || parent === population;
		};
		const mapping = mapped('population', label);
		const byLabel = codebook.populations.find(
			(p) => p.parent === population && p.labelFr !== null && normaliseLabel(p.labelFr) === key
		);
		const slugId = `${population}_${slugify(label)}`;
		let found: ImportedSubgroup;
		if (mapping?.population && fits(mapping.population))
			found = { id: mapping.population, label, isNew: !parentOf.has(mapping.population) };
		else if (byLabel) found = { id: byLabel.id, label, isNew: false };
		else if (parentOf.get(slugId) === population) found = { id: slugId, label, isNew: false };
		else {
			const id = uniqueId(slugId, (id) => parentOf.has(id) || subgroups.some((s) => s.id === id));
			found = { id, label, isNew: true };
			propose(
				{
					kind: 'population',
					sourceLabel: label,
					questionId: null,
					answerId: null,
					population: id
				},
				place,
				`subgroup column "${truncate(label)}": proposed as new population "${id}" (parent ${population})`
			);
		}
		populationOf.set(key, found);
		subgroups.push(found);
		return found;
	}

	function question(block: Block): { id: string; isNew: boolean } {
		const key = normaliseLabel(block.title);
		const mapping = mapped('question', block.title);
		if (mapping?.questionId && questions.some((q) => q.id === mapping.questionId))
			return { id: mapping.questionId, isNew: false };
		const exact = questionByLabel.get(key);
		if (exact) return { id: exact, isNew: false };
		const close = closestLabel(key, questionLabels);
		if (close) {
			propose(
				{
					kind: 'question',
					sourceLabel: block.title,
					questionId: close.id,
					answerId: null,
					population: null
				},
				block.place,
				`question "${truncate(block.title)}" is not worded as in questions.csv: proposed as "${close.id}" (closest wording)`
			);
			return { id: close.id, isNew: false };
		}
		const kind = kindOf(block);
		const wording = block.title.replace(questionNumberPrefix, '').trim();
		const id = uniqueId(slugify(block.title), (id) => questions.some((q) => q.id === id));
		const created: Question = {
			id,
			theme: UNSORTED_THEME,
			kind,
			labelFr: wording,
			// label_en is required: the French wording stands in until it is translated.
			labelEn: wording,
			noteFr: null,
			noteEn: null,
			headline: false
		};
		questions.push(created);
		newQuestions.push(created);
		questionLabels.push({ id, label: key });
		questionByLabel.set(key, id);
		propose(
			{
				kind: 'question',
				sourceLabel: block.title,
				questionId: id,
				answerId: null,
				population: null
			},
			block.place,
			`question "${truncate(block.title)}" is not in questions.csv: proposed as new question "${id}" (${kind}, theme "${UNSORTED_THEME}")`
		);
		return { id, isNew: true };
	}

	function answer(questionId: string, label: string, place: string, used: Set<string>) {
		const key = normaliseLabel(label);
		const own = answersOf.get(questionId) ?? [];
		const mapping = mapped('answer', label, questionId);
		if (mapping?.answerId && own.some((a) => a.id === mapping.answerId))
			return { id: mapping.answerId, exact: false };
		let labels = answerLabels.get(questionId);
		if (!labels) {
			labels = own.flatMap((a) => [
				{ id: a.id, label: normaliseLabel(a.labelFr) },
				{ id: a.id, label: normaliseLabel(a.labelEn) }
			]);
			answerLabels.set(questionId, labels);
		}
		const exact = labels.find((a) => a.label === key);
		if (exact) return { id: exact.id, exact: true };
		const close = closestLabel(
			key,
			labels.filter((a) => !used.has(a.id))
		);
		if (close) {
			propose(
				{ kind: 'answer', sourceLabel: label, questionId, answerId: close.id, population: null },
				place,
				`answer "${truncate(label)}" of "${questionId}" is not worded as in answers.csv: proposed as "${close.id}" (closest wording)`
			);
			return { id: close.id, exact: false };
		}
		const id = uniqueId(slugify(label), (id) => own.some((a) => a.id === id));
		const created: Answer = {
			questionId,
			id,
			labelFr: label,
			labelEn: label,
			order: own.reduce((max, a) => Math.max(max, a.order), 0) + 1
		};
		answersOf.set(questionId, [...own, created]);
		labels.push({ id, label: key });
		newAnswers.push(created);
		propose(
			{ kind: 'answer', sourceLabel: label, questionId, answerId: id, population: null },
			place,
			`answer "${truncate(label)}" of "${questionId}" is not in answers.csv: proposed as new answer "${id}"`
		);
		return { id, exact: true };
	}

	const figures = new Map<string, ImportedFigure[]>([[population, []]]);
	const sampleSizes = new Map<string, number>();
	const questionPlace = new Map<string, string>();
	let figureCount = 0;
	for (const block of blocks) {
		const { id: questionId } = question(block);
		const earlier = questionPlace.get(questionId);
		if (earlier !== undefined) {
			entries.push({
				place: block.place,
				kind: 'error',
				message: `question "${questionId}" was already read from the table at ${earlier}`
			});
			continue;
		}
		questionPlace.set(questionId, block.place);
		const columns = block.columns.map((column, index) =>
			index === 0 ? population : subgroup(column.label, column.place).id
		);
		const columnAt = new Map<string, number>();
		columns.forEach((id, index) => {
			const first = columnAt.get(id);
			if (first !== undefined)
				entries.push({
					place: block.columns[index].place,
					kind: 'error',
					message: `column "${truncate(block.columns[index].label)}" is the same population "${id}" as column ${block.columns[first].place}`
				});
			else columnAt.set(id, index);
		});
		block.bases.forEach((base, index) => {
			const id = columns[index];
			if (base !== null && base > (sampleSizes.get(id) ?? 0)) sampleSizes.set(id, base);
		});
		const used = new Set<string>();
		for (const row of block.answers) {
			const matched = answer(questionId, row.label, row.place, used);
			if (used.has(matched.id)) {
				entries.push({
					place: row.place,
					kind: 'error',
					message: `answer "${truncate(row.label)}" is the same answer "${matched.id}" as an earlier row of this table`
				});
				continue;
			}
			used.add(matched.id);
			row.figures.forEach((figure, index) => {
				if (figure === null || columnAt.get(columns[index]) !== index) return;
				const list = figures.get(columns[index]) ?? [];
				figures.set(columns[index], list);
				list.push({
					questionId,
					answerId: matched.id,
					pct: figure.pct,
					base: block.bases[index],
					approximate: figure.approximate,
					labelFr: matched.exact ? null : row.label,
					note: figure.approximate ? 'Published as * (under 0.5 %): read as 0.' : null,
					source: figure.place
				});
				figureCount++;
			});
		}
	}
	return {
		figures,
		subgroups,
		sampleSizes,
		newQuestions,
		newAnswers,
		labelMap,
		entries,
		figureCount,
		newProposals
	};
}
