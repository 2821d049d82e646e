import { error } from '@sveltejs/kit';
import { languages, type Lang } from '$lib/i18n/lang';
import { loadEveryDictionary } from '$lib/i18n/messages';
import { socialImagePath } from '$lib/exports/socialPreview';
import { siteCatalog } from '$lib/server/siteCatalog';
import { socialImage } from '$lib/server/socialImage';
import { siteFrame } from '$lib/views/pages/siteFrame';
import { navItems } from '../../[[lang=lang]]/nav';
import type { EntryGenerator, RequestHandler } from './$types';

/** Written once at build time: /og/<page>.<lang>.png, the preview image of every page. */
export const prerender = true;

/** Every page of a language with the title its card shows: the navigation's, then each question's. */
async function pages(lang: Lang): Promise<{ path: string; title: string }[]> {
	const catalog = await siteCatalog(lang);
	const frame = siteFrame(catalog);
	return [
		...navItems(lang, frame.themePages).map((item) => ({
			path: item.path,
			title: item.path === '/' ? frame.siteTitle : item.label
		})),
		...catalog.dataset.questions.map((question) => ({
			path: `/questions/${question.id}`,
			title: catalog.questionLabel(question.id)
		}))
	];
}

/** The file name of a page's image: `socialImagePath` without its folder. */
const fileOf = (lang: Lang, path: string) => socialImagePath(lang, path).replace(/^\/og\//, '');

// Entries run before any request, outside the hook that loads the dictionaries: titles need them.
export const entries: EntryGenerator = async () => {
	await loadEveryDictionary();
	return (
		await Promise.all(
			languages.map(async ({ code: lang }) =>
				(await pages(lang)).map((page) => ({ file: fileOf(lang, page.path) }))
			)
		)
	).flat();
};

export const GET: RequestHandler = async ({ params }) => {
	for (const { code: lang } of languages) {
		const page = (await pages(lang)).find(
			(candidate) => fileOf(lang, candidate.path) === params.file
		);
		if (!page) continue;
		const frame = siteFrame(await siteCatalog(lang));
		const png = socialImage({
			site: frame.siteTitle,
			title: page.title,
			description: frame.siteDescription,
			source: frame.sourceLine
		});
		return new Response(png, { headers: { 'content-type': 'image/png' } });
	}
	error(404, `No page has the preview image ${params.file}`);
};
