/**
 * The site's words: one dictionary per language (fr.ts, the reference, and en.ts), and `t` to read
 * one, filling its `{name}` placeholders.
 */
import { en } from './en';
import { fr } from './fr';
import type { Lang } from './lang';

/** A key of the dictionaries. */
export type MessageKey = keyof typeof fr;

/** A dictionary: one string for every key. */
export type Messages = Record<MessageKey, string>;

/** Every dictionary, by language. */
export const messages: Readonly<Record<Lang, Messages>> = { fr, en };

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
 * A message in a language, its placeholders filled when values are given.
 * @example t('fr', 'nav.awareness') // 'Notoriété'
 * @example t('en', 'chart.since', { year: 2016 }) // 'since 2016'
 */
export function t(lang: Lang, key: MessageKey, values?: MessageValues): string {
	const message = messages[lang][key];
	return values === undefined ? message : fill(message, values);
}
