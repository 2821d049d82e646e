/**
 * The pages of the site, in one place, for every browser test: the seven pages of the navigation
 * in French (`/`) and English (`/en/`), plus the question pages (`/questions/<id>/`) found in the
 * build's folders, if any.
 *
 * The fixed list is the specification: a page missing from the build fails the tests. The question
 * pages are discovered, so a build from another data folder tests its own questions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export type Lang = 'fr' | 'en';

export const langs: readonly Lang[] = ['fr', 'en'];

/** A page in no particular language. */
export interface SitePage {
	/** The French path, with its trailing slash: '/', '/awareness/', '/questions/awareness_terms/'. */
	path: string;
	/** A short name for file names and test titles: 'overview', 'awareness', 'questions-awareness_terms'. */
	name: string;
	/**
	 * The page draws at least one chart (an <svg> with a role or an aria-label). A question page
	 * does when its question has at least one published percentage in the data folder (a question
	 * published as changes only has no level to draw).
	 */
	charts: boolean;
}

/** A page in one language. */
export interface LocalizedPage extends SitePage {
	lang: Lang;
	/** The path in that language: '/en/awareness/'. */
	localPath: string;
	/** The same, relative to the server's base URL (no leading slash): 'en/awareness/', ''. */
	relative: string;
	/** '<lang> <path>', for test titles. */
	title: string;
}

/** The pages of the main navigation, in its order. */
export const navPages: readonly SitePage[] = [
	// The overview shows headline figures as text, with no chart.
	{ path: '/', name: 'overview', charts: false },
	{ path: '/awareness/', name: 'awareness', charts: true },
	{ path: '/obstacles/', name: 'obstacles', charts: true },
	{ path: '/tech-for-good/', name: 'tech-for-good', charts: true },
	{ path: '/explorer/', name: 'explorer', charts: true },
	{ path: '/methodology/', name: 'methodology', charts: false },
	{ path: '/data/', name: 'data', charts: false }
];

/** The built site the tests serve: BAROMETER_TEST_BUILD when set, else build/ beside tests/. */
export const defaultBuildFolder = process.env.BAROMETER_TEST_BUILD
	? resolve(process.env.BAROMETER_TEST_BUILD)
	: fileURLToPath(new URL('../../build/', import.meta.url));

/**
 * The question ids that have a page in one language of a build: the folders of
 * `build/questions/` (French) or `build/en/questions/` (English) that hold an index.html.
 */
export function questionIds(lang: Lang, buildFolder = defaultBuildFolder): string[] {
	const folder = join(buildFolder, lang === 'en' ? 'en' : '', 'questions');
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.sort();
}

/** The data folder the build read: BAROMETER_DATA, else data/. */
export const dataFolder = resolve(
	fileURLToPath(new URL('../../', import.meta.url)),
	process.env.BAROMETER_DATA || 'data'
);

/**
 * The ids of the questions with at least one published percentage (a non-empty `pct`) in the
 * `<year>/<population>.csv` files of a data folder.
 */
export function questionsWithLevels(folder = dataFolder): Set<string> {
	const ids = new Set<string>();
	if (!existsSync(folder)) return ids;
	for (const year of readdirSync(folder).filter((name) => /^\d{4}$/.test(name))) {
		for (const file of readdirSync(join(folder, year)).filter((name) =>
			name.toLowerCase().endsWith('.csv')
		)) {
			const parsed = Papa.parse<Record<string, string>>(
				readFileSync(join(folder, year, file), 'utf8').replace(/^\uFEFF/, ''),
				{
					header: true,
					skipEmptyLines: true
				}
			);
			for (const row of parsed.data) {
				if (row.question_id && (row.pct ?? '').trim() !== '') ids.add(row.question_id.trim());
			}
		}
	}
	return ids;
}

/** The path of a page in a language: localize('en', '/awareness/') is '/en/awareness/'. */
export function localize(lang: Lang, path: string): string {
	return lang === 'fr' ? path : `/en${path}`;
}

function localized(page: SitePage, lang: Lang): LocalizedPage {
	const localPath = localize(lang, page.path);
	return { ...page, lang, localPath, relative: localPath.slice(1), title: `${lang} ${localPath}` };
}

/**
 * Every page of a build, in both languages: the navigation pages, then the question pages of the
 * union of both languages' folders (a question page present in one language only is still listed
 * in both, so that the missing one fails).
 */
export function sitePages(buildFolder = defaultBuildFolder): SitePage[] {
	const ids = [...new Set(langs.flatMap((lang) => questionIds(lang, buildFolder)))].sort();
	const withLevels = questionsWithLevels();
	const questions = ids.map((id) => ({
		path: `/questions/${id}/`,
		name: `questions-${id}`,
		charts: withLevels.has(id)
	}));
	return [...navPages, ...questions];
}

/** Every page of a build in every language, French first. */
export function localizedPages(buildFolder = defaultBuildFolder): LocalizedPage[] {
	const pages = sitePages(buildFolder);
	return langs.flatMap((lang) => pages.map((page) => localized(page, lang)));
}

/** One page in one language, by its French path. */
export function pageIn(lang: Lang, path: string): LocalizedPage {
	const page = sitePages().find((candidate) => candidate.path === path) ?? {
		path,
		name: path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'overview',
		charts: true
	};
	return localized(page, lang);
}

/**
 * The question pages share one template: the expensive checks (axe in four combinations,
 * screenshots) run on the navigation pages and on three question pages that cover its cases —
 * several populations with gaps, one population with a single-choice question, and a question
 * published only as changes (no chart) — when the build has them.
 */
export const representativeQuestions = [
	'priority_problems',
	'impact_measurement_started',
	'development_outlook_change'
];

/** The navigation pages and the representative question pages, in every language. */
export function representativePages(buildFolder = defaultBuildFolder): LocalizedPage[] {
	return localizedPages(buildFolder).filter(
		(page) =>
			!page.path.startsWith('/questions/') ||
			representativeQuestions.some((id) => page.path === `/questions/${id}/`)
	);
}
