import type { Dataset } from '../../data/types';
import { sourceParts, webLink, type WebLink } from '../sourceLinks';

/** A web page the data cites, with the number of data rows that cite it. */
export interface CitedWebPage extends WebLink {
	citedBy: number;
}

/** A document cited by name (the report's text, cited by line), with the rows that cite it. */
export interface CitedDocument {
	name: string;
	citedBy: number;
}

/** Every source of the data, as the methodology page lists them. */
export interface SourceListView {
	/** http(s) pages, by domain then path. */
	web: CitedWebPage[];
	/** Files cited by name, by name. */
	documents: CitedDocument[];
	/** References that are neither: shown as plain text, never as links. */
	other: string[];
}

/** A file name as sources cite one: `barometre-2018-tech-for-good.txt`. */
const documentPattern = /(?<![\w/.-])[\w-]+\.(?:txt|pdf|csv|md|docx?|xlsx?|odt)\b/gi;

/** Several references in one source cell are separated by " ; " (data/README.md). */
const referenceSeparator = ' ; ';

/**
 * The source cells of a dataset: every wave, figure and sample-composition row that has one.
 * @example datasetSourceTexts(dataset).length // 17 waves + 120 figures + 8 composition rows = 145
 */
export function datasetSourceTexts(
	dataset: Pick<Dataset, 'waves' | 'figures' | 'composition'>
): string[] {
	return [
		...dataset.waves.map((wave) => wave.source),
		...dataset.figures.map((figure) => figure.source),
		...dataset.composition.map((row) => row.source)
	].filter((text): text is string => text !== null && text.trim() !== '');
}

function increment(counts: Map<string, number>, keys: Iterable<string>): void {
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Collects the distinct sources of many source cells: each http(s) address (found anywhere in a
 * reference, even inside a comment), each file cited by name, and the references with neither,
 * kept as text. `citedBy` counts the cells that cite a page or file, once per cell.
 * @example
 * sourceList(['report.txt line 3 ; https://example.org/a', 'https://example.org/a (again)', 'javascript:alert(1)'])
 * // { web: [{ href: 'https://example.org/a', label: 'example.org — /a', citedBy: 2, … }],
 * //   documents: [{ name: 'report.txt', citedBy: 1 }], other: ['javascript:alert(1)'] }
 */
export function sourceList(texts: readonly string[]): SourceListView {
	const pages = new Map<string, WebLink>();
	const pageCounts = new Map<string, number>();
	const documentCounts = new Map<string, number>();
	const other = new Set<string>();
	for (const text of texts) {
		const hrefs = new Set<string>();
		const names = new Set<string>();
		for (const reference of text.split(referenceSeparator)) {
			let cited = false;
			for (const part of sourceParts(reference)) {
				if (part.kind === 'link') {
					const link = pages.get(part.href) ?? webLink(part.href);
					if (!link) continue;
					pages.set(link.href, link);
					hrefs.add(link.href);
					cited = true;
				} else {
					for (const match of part.text.matchAll(documentPattern)) {
						names.add(match[0]);
						cited = true;
					}
				}
			}
			const trimmed = reference.trim();
			if (!cited && trimmed !== '') other.add(trimmed);
		}
		increment(pageCounts, hrefs);
		increment(documentCounts, names);
	}
	const web = [...pages.values()]
		.map((link) => ({ ...link, citedBy: pageCounts.get(link.href) ?? 0 }))
		.sort(
			(a, b) =>
				a.domain.localeCompare(b.domain) ||
				a.path.localeCompare(b.path) ||
				a.href.localeCompare(b.href)
		);
	const documents = [...documentCounts]
		.map(([name, citedBy]) => ({ name, citedBy }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { web, documents, other: [...other].sort((a, b) => a.localeCompare(b)) };
}
