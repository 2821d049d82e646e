/** What the import did not turn into a figure, and why: every such cell gets one entry. */
export interface ReportEntry {
	/** `tris.xlsx!Q3!C14` or `tris.csv:14:3`. */
	place: string;
	/** error: nothing is written; skipped: read and left out on purpose; proposal: waits for a yes; warning: imported with a caveat. */
	kind: 'error' | 'skipped' | 'proposal' | 'warning';
	message: string;
}

/** A percentage read from a cell. */
export interface CellFigure {
	pct: number;
	/** `*` (under 0.5 %): read as 0, flagged approximate. */
	approximate: boolean;
	place: string;
}

/** A banner column: "Ensemble" first, then the subgroups. */
export interface BannerColumn {
	label: string;
	/** The variable-name cell above it ("Sexe", "Âge"), carried over merged blanks. */
	group: string | null;
	place: string;
}

/** One question's table as read from a sheet, before matching to the codebook. */
export interface Block {
	title: string;
	/** The title cell's place. */
	place: string;
	/** "Base : ensemble des répondants", when given. */
	filter: string | null;
	columns: BannerColumn[];
	/** Unweighted base of each column, null when not given. */
	bases: (number | null)[];
	answers: { label: string; place: string; figures: (CellFigure | null)[] }[];
	notes: string[];
}
