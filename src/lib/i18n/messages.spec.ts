import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from './lang';
import { fill, messages, t, type MessageKey } from './messages';

/** Every .ts and .svelte file under src, but the dictionaries and the specs. */
function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		if (!/\.(ts|svelte)$/.test(entry.name) || /\.spec\.ts$/.test(entry.name)) return [];
		return /src\/lib\/i18n\/(fr|en)\.ts$/.test(path) ? [] : [path];
	});
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('t', () => {
	it('gives the message in each language', () => {
		expect(t('fr', 'nav.overview')).toBe('Aperçu');
		expect(t('en', 'nav.overview')).toBe('Overview');
	});

	it('fills the placeholders when values are given', () => {
		expect(t('fr', 'chart.since', { year: 2016 })).toBe('depuis 2016');
		expect(t('en', 'explorer.comparison', { from: 2012, to: 2020 })).toBe('From 2012 to 2020');
	});

	it('makes a key of no dictionary a type error (checked by svelte-check), and it has no message', () => {
		// @ts-expect-error: 'nav.nowhere' is not a key of the dictionaries.
		const unknown: MessageKey = 'nav.nowhere';
		expect(languages.map(({ code }) => unknown in messages[code])).toEqual([false, false]);
	});
});

describe('fill', () => {
	it('replaces every placeholder by its value, numbers as they are', () => {
		expect(fill('{a} contre {b}', { a: '88 %', b: '69 %' })).toBe('88 % contre 69 %');
		expect(fill('since {year}', { year: 2016 })).toBe('since 2016');
	});

	it('leaves a message without placeholder unchanged', () => {
		expect(fill('n inconnu', {})).toBe('n inconnu');
	});

	it('throws when a placeholder has no value', () => {
		expect(() => fill('depuis {year}', {})).toThrow(RangeError);
	});
});

describe('the dictionaries', () => {
	const reference = Object.keys(messages.fr).sort();

	it.each(languages.map(({ code }) => code))('%s has exactly the keys of French', (code) => {
		expect(Object.keys(messages[code]).sort()).toEqual(reference);
	});

	it.each(languages.map(({ code }) => code))(
		'%s has no empty message, and the placeholders of French',
		(code) => {
			for (const key of reference as MessageKey[]) {
				expect(messages[code][key].trim(), key).not.toBe('');
				expect(placeholders(messages[code][key]), key).toEqual(placeholders(messages.fr[key]));
			}
		}
	);

	it('has no key that the sources never name', () => {
		// A key is used where it is written whole, in quotes: keys are never built from pieces, and
		// a key chosen at run time comes from a typed list that names it (e.g. methodologyKeys.ts).
		const sources = sourceFiles('src')
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		const unused = reference.filter(
			(key) => !sources.includes(`'${key}'`) && !sources.includes(`"${key}"`)
		);
		expect(unused).toEqual([]);
	});
});
