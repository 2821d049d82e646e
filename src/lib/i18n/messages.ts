/**
 * The site's words: one dictionary per language, French the reference, and `t` to read one,
 * filling its `{name}` placeholders.
 *
 * A dictionary comes in parts, each a module of this folder loaded on demand, so that a page's
 * JavaScript carries its own language only, and the long prose of the data and methodology pages
 * only there: 'site' (fr.ts, en.ts), the words of every page, and one part per such page
 * (fr.data.ts, en.methodology.ts…). The server loads every part before answering
 * (src/hooks.server.ts), the browser the parts of the page it shows: the site's part in the root
 * layout's `load`, a page's own in the page's `load`. `t` stays synchronous: the loads run before
 * anything renders.
 */
import type { fr } from './fr';
import type { frData } from './fr.data';
import type { frMethodology } from './fr.methodology';
import { languages, type Lang } from './lang';

/** Each part in French, the reference: its keys are those of that part in every language. */
interface Parts {
	site: typeof fr;
	data: typeof frData;
	methodology: typeof frMethodology;
}

/** A part of a dictionary. */
export type DictionaryPart = keyof Parts;

/** The words of one part of a dictionary: one string for each of its keys. */
export type PartMessages<P extends DictionaryPart> = Record<keyof Parts[P], string>;

/** A key of the dictionaries. */
export type MessageKey = { [P in DictionaryPart]: keyof Parts[P] }[DictionaryPart];

/** A dictionary: one string for every key. */
export type Messages = Record<MessageKey, string>;

/** How each part of each dictionary is loaded: a dynamic import, a chunk of its own. */
const loaders: { [L in Lang]: { [P in DictionaryPart]: () => Promise<PartMessages<P>> } } = {
	fr: {
		site: async () => (await import('./fr')).fr,
		data: async () => (await import('./fr.data')).frData,
		methodology: async () => (await import('./fr.methodology')).frMethodology
	},
	en: {
		site: async () => (await import('./en')).en,
		data: async () => (await import('./en.data')).enData,
		methodology: async () => (await import('./en.methodology')).enMethodology
	}
};

/**
 * Every dictionary, by language, holding the parts loaded so far: a key of a part not loaded has
 * no message yet (`t` throws).
 */
export const messages: Readonly<Record<Lang, Messages>> = {
	fr: {} as Messages,
	en: {} as Messages
};

/** The parts loaded or loading, by `lang/part`. */
const loading = new Map<string, Promise<void>>();

/**
 * Loads a part of a language's dictionary into `messages`, once; the site's part by default.
 * A failed load is tried again on the next call.
 */
export function loadDictionary(lang: Lang, part: DictionaryPart = 'site'): Promise<void> {
	const id = `${lang}/${part}`;
	let loaded = loading.get(id);
	if (loaded === undefined) {
		loaded = loaders[lang][part]().then(
			(words) => void Object.assign(messages[lang], words),
			(error: unknown) => {
				loading.delete(id);
				throw error;
			}
		);
		loading.set(id, loaded);
	}
	return loaded;
}

/** Loads every part of every dictionary: what the server and the unit tests need. */
export async function loadEveryDictionary(): Promise<void> {
	const parts = Object.keys(loaders.fr) as DictionaryPart[];
	await Promise.all(
		languages.flatMap(({ code }) => parts.map((part) => loadDictionary(code, part)))
	);
}

/** The values of a message's placeholders, already written in the page's language. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills the `{name}` placeholders of a template. A placeholder without a value is a bug in the
 * caller: it throws rather than printing "{year}" on the page.
 * @example fill('depuis {year}', { year: 2016 }) // 'depuis 2016'
 */
export function fill(template: string, values: MessageValues): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new RangeError(`No value for "{${name}}" in "${template}"`);
		return String(value);
	});
}

/**
 * A message in a language, its placeholders filled when values are given. Its part of the
 * dictionary must be loaded (`loadDictionary`): a missing one throws rather than print the key.
 * @example t('fr', 'nav.explorer') // 'Explorateur'
 * @example t('en', 'chart.since', { year: 2016 }) // 'since 2016'
 */
export function t(lang: Lang, key: MessageKey, values?: MessageValues): string {
	const message: string | undefined = messages[lang][key];
	if (message === undefined) {
		throw new RangeError(`No "${key}" in the loaded ${lang} dictionary: load its part first`);
	}
	return values === undefined ? message : fill(message, values);
}
