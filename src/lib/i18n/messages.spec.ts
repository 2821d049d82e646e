import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { frData } from './fr.data';
import { frMethodology } from './fr.methodology';
import { languages } from './lang';
import { fill, messages, t, type MessageKey } from './messages';

/** Every .ts and .svelte file under src, but the dictionaries and the specs. */
function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		if (!/\.(ts|svelte)$/.test(entry.name) || /\.spec\.ts$/.test(entry.name)) return [];
		return /src\/lib\/i18n\/(fr|en)(\.\w+)?\.ts$/.test(path) ? [] : [path];
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

	it.each([
		['data', frData],
		['methodology', frMethodology]
	])("names the %s page's own words in that page's folder only", (part, words) => {
		// The browser loads a page's part on that page alone: used elsewhere, a key would throw there.
		const folder = join('src', 'routes', '[[lang=lang]]', part);
		const outside = sourceFiles('src')
			.filter((file) => !file.startsWith(folder + '/'))
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		const misplaced = Object.keys(words).filter((key) => outside.includes(`'${key}'`));
		expect(misplaced).toEqual([]);
	});
});

describe('loadDictionary', () => {
	// A fresh copy of the module, with no dictionary loaded (the test setup loads every one).
	const fresh = async () => {
		vi.resetModules();
		return import('./messages');
	};

	it('loads one part of one language: the other keys and languages have no message yet', async () => {
		const words = await fresh();
		expect(() => words.t('fr', 'nav.overview')).toThrow(RangeError);
		await words.loadDictionary('fr');
		expect(words.t('fr', 'nav.overview')).toBe('Aperçu');
		expect(() => words.t('fr', 'methodology.description')).toThrow(/load its part first/);
		expect(() => words.t('en', 'nav.overview')).toThrow(RangeError);
		await words.loadDictionary('fr', 'methodology');
		expect(words.t('fr', 'methodology.description')).toBe(messages.fr['methodology.description']);
		expect(Object.keys(words.messages.en)).toEqual([]);
	});

	it('loads every part of every language for the server', async () => {
		const words = await fresh();
		await words.loadEveryDictionary();
		expect(Object.keys(words.messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
	});
});
