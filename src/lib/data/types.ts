/** Typed records of the data contract (see data/README.md). Parsed and validated once, at the edge. */

/** Population ids: `entrepreneurs`, `public`, or a subgroup such as `public_18_24`. */
export type PopulationId = string;

/** One wave of one population: a row of waves.csv. */
export interface Wave {
	year: number;
	population: PopulationId;
	/** Respondents in the sample; null when the source does not give it. */
	sampleSize: number | null;
	/** ISO date, ISO month (`2013-11`) or ISO year (`2012`); null when unknown. */
	fieldworkStart: string | null;
	fieldworkEnd: string | null;
	method: string | null;
	source: string;
	/** The publication's name, e.g. "Baromètre 2018" for fieldwork 2017. */
	edition: string | null;
	/** The population this subgroup belongs to (`public` for `public_18_24`). */
	parent: PopulationId | null;
	/** Divides the base to give the effective n; 1 by default. */
	designEffect: number;
	/** The publisher's sentence about margins, quoted as is. */
	statedMargin: string | null;
}

export type QuestionKind = 'single' | 'multi';

/** A row of questions.csv. */
export interface Question {
	id: string;
	theme: string;
	kind: QuestionKind;
	labelFr: string;
	labelEn: string;
	noteFr: string | null;
	noteEn: string | null;
	/** Marks the figures the overview leads with. */
	headline: boolean;
}

/** A row of answers.csv. Answers sharing an id are comparable across years. */
export interface Answer {
	questionId: string;
	id: string;
	labelFr: string;
	labelEn: string;
	order: number;
}

/** Where a record came from, for messages that point back to it. */
export interface SourceLocation {
	file: string;
	line: number;
}

/** One published figure: a row of data/<year>/<population>.csv. */
export interface Figure {
	year: number;
	population: PopulationId;
	questionId: string;
	answerId: string;
	/** Percent units (63 means 63 %); null when only a change was published. */
	pct: number | null;
	/** Respondents asked; null when the file gives none (the wave's sample size is then assumed). */
	base: number | null;
	/** Computed from a published change, so it carries ±1 pt of rounding. */
	derived: boolean;
	/** Published as words ("9 sur 10", "un quart"). */
	approximate: boolean;
	/** A change as published, in points, and the year it is measured against. */
	deltaPts: number | null;
	deltaVsYear: number | null;
	/** That year's wording when it differs from answers.csv. */
	labelFr: string | null;
	labelEn: string | null;
	note: string | null;
	source: string | null;
	/** Not comparable with the previous wave that has this figure (wording, category or method changed). */
	break: boolean;
	/** Why, in French and English; null when the figure's note says it or nothing does. */
	breakNoteFr: string | null;
	breakNoteEn: string | null;
	location: SourceLocation;
}

/** A row of sample_composition.csv: methodology, not charts. */
export interface SampleComposition {
	year: number;
	population: PopulationId;
	variable: string;
	category: string;
	pct: number;
	source: string | null;
}

/** The keys of site.csv: the site's own words. */
export const siteKeys = [
	'title',
	'lead',
	'description',
	'publisher',
	'source_line',
	'licence',
	'cite_as',
	'url'
] as const;
export type SiteKey = (typeof siteKeys)[number];

/** A text of site.csv in both languages. */
export interface SiteText {
	fr: string;
	en: string;
}

/** A row of populations.csv (or, when the file is absent, a population of waves.csv). */
export interface Population {
	id: PopulationId;
	labelFr: string;
	labelEn: string;
	/** The subgroup's population, e.g. `public` for `public_18_24`; null for a top-level one. */
	parent: PopulationId | null;
}

/** A row of themes.csv (or, when the file is absent, a theme of questions.csv). */
export interface Theme {
	id: string;
	labelFr: string;
	labelEn: string;
	leadFr: string | null;
	leadEn: string | null;
}

export type ChartKind = 'trend' | 'bars' | 'gaps';

/** A row of charts.csv: one figure of a theme page. */
export interface ChartSpec {
	/** Letters, digits and `-`: the figure's anchor. */
	id: string;
	theme: string;
	kind: ChartKind;
	questionId: string;
	/** Answers shown, in answers.csv order when null (all of them). */
	answerIds: string[] | null;
	/** Populations shown; null: every one (trend), the first two top-level (gaps). */
	populations: PopulationId[] | null;
	/** The wave of a `bars` or `gaps` chart; null: the latest with figures. */
	year: number | null;
	titleFr: string | null;
	titleEn: string | null;
	noteFr: string | null;
	noteEn: string | null;
}

/** A piece of a methodology paragraph: text, or an http(s) address to show as a link. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** A block of methodology_<lang>.txt: a `# ` heading or a paragraph. */
export type TextBlock =
	{ kind: 'heading'; text: string } | { kind: 'paragraph'; parts: TextPart[] };

/**
 * A row of label_map.csv: how a wording of the institute's tables maps to the codebook. An
 * answer's mapping is scoped by its question; a population's names the population id.
 */
export interface LabelMapping {
	kind: 'question' | 'answer' | 'population';
	sourceLabel: string;
	questionId: string | null;
	answerId: string | null;
	population: string | null;
	status: 'confirmed' | 'proposed';
	location: SourceLocation;
}

export interface Dataset {
	waves: Wave[];
	questions: Question[];
	answers: Answer[];
	figures: Figure[];
	composition: SampleComposition[];
	/** site.csv's texts by key; a key absent from the file is absent here. */
	site: Partial<Record<SiteKey, SiteText>>;
	/** In display order: top-level populations first-to-last are the sides of every gap. */
	populations: Population[];
	/** In display order. */
	themes: Theme[];
	/** In display order within each theme. */
	charts: ChartSpec[];
	methodology: { fr: TextBlock[]; en: TextBlock[] };
}

export type Severity = 'error' | 'warning';

/** A located problem: `file:line:column: severity: message`. Lines and columns count from 1. */
export interface Issue {
	file: string;
	line: number;
	column: number;
	severity: Severity;
	message: string;
}

/** A file of a data folder: its name inside the folder (`2017/public.csv`), the path to show, its bytes. */
export interface DataFile {
	name: string;
	path: string;
	bytes: Uint8Array;
}

/** What became of a file's data rows: rows = loaded + rejected, each rejected row has an error at its line. */
export interface FileReport {
	file: string;
	rows: number;
	loaded: number;
	rejected: number;
}

/** A data folder validated: its records, every issue, and a report per file. */
export interface ValidationResult {
	dataset: Dataset;
	issues: Issue[];
	files: FileReport[];
	errorCount: number;
}
